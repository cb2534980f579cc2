// A maslikhat's apparatus and questions for the tests: two people (one without an English
// position, one without contacts), two published questions (one without English) and a draft.
import type { ApparatusList, ApparatusMember, Question, QuestionList } from './hooks';

export function testMember(overrides: Partial<ApparatusMember> = {}): ApparatusMember {
  return {
    id: 71,
    maslikhat_id: 3,
    full_name_kk: 'Сәрсенбаева Гүлжан',
    full_name_ru: 'Сарсенбаева Гульжан',
    position_kk: 'Аппарат басшысы',
    position_ru: 'Руководитель аппарата',
    position_en: 'Head of the apparatus',
    phone: '+7 7162 50 00 01',
    email: 'apparat@demo.kenes.kz',
    sort_order: 1,
    updated_at: '2026-11-20T05:00:00.000Z',
    ...overrides,
  };
}

export function testApparatus(canEdit = false): ApparatusList {
  return {
    can_edit: canEdit,
    items: [
      testMember(),
      testMember({
        id: 72,
        full_name_kk: 'Өтегенов Бақыт',
        full_name_ru: 'Утегенов Бахыт',
        position_kk: 'Бас маман',
        position_ru: 'Главный специалист',
        position_en: '',
        phone: '',
        email: '',
        sort_order: 2,
      }),
    ],
  };
}

export function testQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 81,
    maslikhat_id: 3,
    question_kk: 'Өтінішті қалай беруге болады?',
    question_ru: 'Как подать обращение?',
    question_en: 'How do I file an appeal?',
    answer_kk: 'Kenes арқылы немесе жазбаша.',
    answer_ru: 'Через Kenes или письменно.',
    answer_en: 'Through Kenes or in writing.',
    sort_order: 1,
    state: 'published',
    published_at: '2026-11-20T05:00:00.000Z',
    updated_at: '2026-11-20T05:00:00.000Z',
    ...overrides,
  };
}

const sessions = testQuestion({
  id: 82,
  question_kk: 'Сессиялар қашан өтеді?',
  question_ru: 'Когда проходят сессии?',
  question_en: '',
  answer_kk: 'Тоқсанына бір рет.',
  answer_ru: 'Раз в квартал.\nОбъявление — заранее.',
  answer_en: '',
  sort_order: 2,
});

const draft = testQuestion({
  id: 83,
  question_kk: 'Жаңалықтарға жазылуға бола ма?',
  question_ru: 'Можно ли подписаться на новости?',
  question_en: '',
  answer_kk: 'Иә.',
  answer_ru: 'Да.',
  answer_en: '',
  sort_order: 3,
  state: 'draft',
  published_at: null,
});

export function testQuestions(staff = false): QuestionList {
  return { can_edit: staff, items: staff ? [testQuestion(), sessions, draft] : [testQuestion(), sessions] };
}
