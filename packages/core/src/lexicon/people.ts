import { nounClass, singular } from './nouns.js';

/**
 * Nouns that name a person, for telling a person's age ("a 31-year-old driver") from the age of a thing ("a
 * 150-year-old bridge", "the 35-year-old law"). The counted-person class of `nouns.ts` plus the words a report
 * uses for one person: family, age groups, trades, sports, the sides of a crime. General vocabulary only.
 */
const PEOPLE = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teenager', 'teen', 'youth', 'youngster',
  'adult', 'pensioner', 'retiree', 'widow', 'widower', 'gentleman', 'lady', 'person', 'individual',
  'mother', 'father', 'mum', 'mom', 'dad', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'grandparent', 'parent', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
  'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'friend', 'neighbour', 'neighbor',
  'driver', 'motorist', 'cyclist', 'pedestrian', 'rider', 'passenger', 'pilot', 'captain', 'skipper', 'sailor',
  'victim', 'suspect', 'defendant', 'accused', 'gunman', 'shooter', 'killer', 'murderer', 'robber', 'thief',
  'burglar', 'attacker', 'assailant', 'offender', 'inmate', 'prisoner', 'convict', 'detainee', 'witness', 'bystander',
  'survivor', 'hostage', 'complainant', 'claimant', 'plaintiff',
  'officer', 'policeman', 'policewoman', 'constable', 'detective', 'sergeant', 'trooper', 'deputy', 'guard',
  'soldier', 'marine', 'veteran', 'firefighter', 'paramedic', 'rescuer',
  'player', 'footballer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'athlete', 'runner', 'swimmer',
  'boxer', 'fighter', 'climber', 'skier', 'cricketer', 'golfer', 'coach', 'manager', 'jockey', 'diver', 'hiker',
  'student', 'pupil', 'schoolboy', 'schoolgirl', 'graduate', 'teacher', 'professor', 'lecturer', 'scientist',
  'researcher', 'doctor', 'surgeon', 'nurse', 'midwife', 'pharmacist', 'patient', 'carer', 'caregiver',
  'worker', 'employee', 'engineer', 'mechanic', 'electrician', 'builder', 'plumber', 'labourer', 'laborer',
  'farmer', 'fisherman', 'miner', 'chef', 'cook', 'waiter', 'waitress', 'cleaner', 'shopkeeper', 'businessman',
  'businesswoman', 'entrepreneur', 'owner', 'landlord', 'tenant', 'resident', 'local', 'tourist', 'visitor',
  'migrant', 'immigrant', 'refugee', 'lawyer', 'solicitor', 'barrister', 'judge', 'priest', 'pastor', 'imam',
  'rabbi', 'nun', 'monk', 'singer', 'musician', 'rapper', 'actor', 'actress', 'artist', 'writer', 'author',
  'poet', 'journalist', 'reporter', 'photographer', 'model', 'designer', 'politician', 'candidate', 'activist',
  'protester', 'protestor', 'volunteer', 'civilian', 'customer', 'shopper', 'commuter', 'mp', 'senator',
  'councillor', 'councilor', 'mayor', 'minister', 'official', 'executive', 'chief', 'founder', 'billionaire',
  'millionaire', 'explorer', 'adventurer', 'mountaineer', 'tycoon', 'heir', 'heiress',
]);

/** Whether a lower-case word names a person ("driver", "women", "mother-of-two"). */
export function isPersonNoun(word: string): boolean {
  // "mother-of-two", "father-of-three": the person is the first word.
  const head = word.split('-of-')[0] ?? word;
  const one = singular(head);
  return PEOPLE.has(head) || PEOPLE.has(one) || nounClass(one) === 'person';
}
