/** Bulgarian strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Чат: попитайте ни',
  title: 'Въпроси за трафика на хора',
  close: 'Затваряне на чата',
  welcome: 'Здравейте! Отговарям на въпроси за трафика на хора: какво представлява, как да го разпознаете, къде жертвите получават помощ и как да подадете сигнал. Мога да намеря и организации членки, ръководства и предстоящи събития. Ако сте в опасност, обадете се на 112.',
  conversation: 'Разговор',
  you: 'Вие:',
  assistant: 'Асистент:',
  message: 'Вашето съобщение',
  send: 'Изпращане',
  typing: 'Асистентът пише…',
  suggestions: 'Предложени въпроси',
  privacy: 'Моля, не споделяйте имена, адреси или телефонни номера. Разговорът се забравя, когато затворите този раздел.',
  'wait.one': 'Твърде много съобщения наведнъж. Моля, изчакайте {count} секунда и опитайте отново.',
  'wait.other': 'Твърде много съобщения наведнъж. Моля, изчакайте {count} секунди и опитайте отново.',
  waitMoment: 'Твърде много съобщения наведнъж. Моля, изчакайте малко и опитайте отново.',
  offline: 'Няма връзка с чата. Проверете връзката си и опитайте отново.',
  failed: 'Нещо се обърка при нас. Моля, опитайте отново.',
  call: 'Обадете се на {phone}',
  addToCalendar: 'Добавяне към календара',
  'season.spring': 'Пролет',
  'season.summer': 'Лято',
  'season.autumn': 'Есен',
  'season.winter': 'Зима',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Къде мога да получа помощ?',
  'chip.what-is-trafficking': 'Какво е трафик на хора?',
  'chip.next-event': 'Кога е следващото събитие?',
  'chip.privacy': 'Анонимен ли е този чат?',
} satisfies Translation<ChatOwnKey>;
