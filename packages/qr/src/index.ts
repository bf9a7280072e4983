export { CareQrCode, type QrCodeError, type ErrorCorrection, type WakeLockState } from './qr-code/qr-code.js';
export { CareCredential, credentialStatuses, type CredentialStatus } from './credential/credential.js';
export { CareCredentialWallet } from './credential-wallet/credential-wallet.js';
export { maskName, maskId } from './internal/mask.js';
