import { DOCUMENT, JsonPipe } from '@angular/common';
import { CUSTOM_ELEMENTS_SCHEMA, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { CARE_FORM_CONTROL_TAGS, CareValueAccessor } from '@caremode/angular';

/** A person's details, bound to every Caremode form control with ngModel. */
interface Profile {
  fullName: string;
  request: string;
  province: string;
  sex: string;
  agree: boolean;
  contactBy: string[];
  birthDate: string;
  phone: string;
  idNumber: string;
  code: string;
}

@Component({
  selector: 'app-root',
  imports: [FormsModule, ReactiveFormsModule, JsonPipe, CareValueAccessor],
  // The care-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
})
export class App {
  readonly lang = signal<'vi' | 'en'>('vi');
  readonly careMode = signal('');
  readonly accessorTags = CARE_FORM_CONTROL_TAGS;

  /** The first form: a name bound with ngModel, submitted natively (`ngNoForm`, method get). */
  name = '';

  /** The second form, template-driven: every Caremode form control, with [(ngModel)]. */
  readonly provinces = [
    { value: 'hn', label: 'Hà Nội' },
    { value: 'hcm', label: 'TP. Hồ Chí Minh' },
  ];
  profile: Profile = {
    fullName: '',
    request: 'Xin gửi bản sao qua bưu điện.',
    province: 'hn',
    sex: 'f',
    agree: true,
    contactBy: ['sms'],
    birthDate: '1956-03-27',
    phone: '+84912345678',
    idNumber: '001203001234',
    code: '123456',
  };
  /** What the browser would send: the form's own FormData, read in its submit event. */
  readonly submitted = signal<[string, string][] | undefined>(undefined);

  /** The third form, reactive: formControlName in a FormGroup, and a FormControl of its own. */
  readonly contact = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    appointment: new FormControl('', { nonNullable: true }),
    consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });
  readonly reminderPhone = new FormControl('', { nonNullable: true });

  constructor() {
    // Caremode's elements follow the nearest `lang`: the app sets the page's.
    const root = inject(DOCUMENT).documentElement;
    effect(() => (root.lang = this.lang()));
  }

  careModeChanged(event: Event): void {
    this.careMode.set((event as CustomEvent<{ careMode: boolean }>).detail.careMode ? 'on' : 'off');
  }

  submitProfile(event: Event): void {
    const form = event.target as HTMLFormElement;
    this.submitted.set([...new FormData(form)].map(([name, value]) => [name, String(value)]));
  }

  fillContact(): void {
    this.contact.setValue({ email: 'binh@example.vn', appointment: '2027-02-20', consent: false });
    this.reminderPhone.setValue('+84987654321');
  }

  toggleDisabled(): void {
    if (this.contact.disabled) this.contact.enable();
    else this.contact.disable();
  }
}
