import { useState } from 'react';
import { CareButton, CareModeToggle, CareTextField } from '@caremode/react';

export function App() {
  const [lang, setLang] = useState('vi');
  const [fullName, setFullName] = useState('');
  const [careMode, setCareMode] = useState('');
  const [renders, setRenders] = useState(0);

  return (
    <div lang={lang}>
      <header>
        <CareModeToggle onCareModeChange={(event) => setCareMode(event.detail.careMode ? 'on' : 'off')} />
        <button type="button" id="cm-lang-vi" onClick={() => setLang('vi')}>Tiếng Việt</button>
        <button type="button" id="cm-lang-en" onClick={() => setLang('en')}>English</button>
      </header>
      <main>
        <form id="cm-form" method="get">
          <CareTextField
            id="cm-name"
            label="Họ và tên"
            name="full-name"
            autocomplete="name"
            value={fullName}
            onInput={(event) => setFullName(event.currentTarget.value)}
          />
          <CareButton id="cm-submit" type="submit">Gửi hồ sơ</CareButton>
        </form>
        <p>Tên: <output id="cm-name-state">{fullName}</output></p>
        <p>Chế độ: <output id="cm-event">{careMode}</output></p>
        <button type="button" id="cm-fill" onClick={() => setFullName('Trần Thị Bình')}>Điền mẫu</button>
        <button type="button" id="cm-rerender" onClick={() => setRenders(renders + 1)}>Vẽ lại ({renders})</button>
      </main>
    </div>
  );
}
