/** Ids of the dialogs inside the pré-plainte component (unique within it). */
export const PRE_COMPLAINT_DIALOG = 'preComplaint';

export const IDS = {
  main: 'preComplaint.main',
  form: 'preComplaint.form',
  yesNo: 'preComplaint.yesNo',
  dangerYesNo: 'preComplaint.dangerYesNo',
  yesNoUnknown: 'preComplaint.yesNoUnknown',
  choice: 'preComplaint.choice',
  date: 'preComplaint.date',
  commune: 'preComplaint.commune',
  shortText: 'preComplaint.shortText',
  vehicleText: 'preComplaint.vehicleText',
  street: 'preComplaint.street',
  placeDetails: 'preComplaint.placeDetails',
  birthPlace: 'preComplaint.birthPlace',
  longText: 'preComplaint.longText',
  name: 'preComplaint.name',
  adultBirthDate: 'preComplaint.adultBirthDate',
  minorBirthDate: 'preComplaint.minorBirthDate',
  phone: 'preComplaint.phone',
  email: 'preComplaint.email',
  plate: 'preComplaint.plate',
  items: 'preComplaint.items',
  evidence: 'preComplaint.evidence',
  review: 'preComplaint.review',
} as const;
