/**
 * Zod's built-in messages ("Invalid input: expected string, received number") rewritten for
 * editors, in their language. Our own schema messages are already written for them and pass
 * through unchanged.
 */
import type { z } from 'astro/zod';
import { say } from './messages.ts';

type Issue = z.core.$ZodIssue;
const BUILT_IN = /^(Invalid|Too small|Too big|Unrecognized key)/;

export function describeIssue(issue: Issue): string {
  if (!BUILT_IN.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      if (issue.keys.includes('slug')) {
        return say(
          'Không dùng trường `slug`: tên tệp chính là đường dẫn của trang.',
          'Do not use a `slug` field: the file name is the page path.',
        );
      }
      return say(
        `Trường không có trong mẫu: ${keys}. Kiểm tra chính tả hoặc xóa đi (xem docs/editor-guide.vi.md).`,
        `Unknown field(s): ${keys}. Check the spelling or remove them (see docs/editor-guide.en.md).`,
      );
    }
    case 'invalid_type':
      if (/received undefined/.test(issue.message))
        return say('Thiếu trường bắt buộc này.', 'This required field is missing.');
      return say(`Sai kiểu giá trị: cần ${issue.expected}.`, `Wrong kind of value: expected ${issue.expected}.`);
    case 'invalid_value':
      return say(
        `Giá trị không hợp lệ; chọn một trong: ${issue.values.join(', ')}.`,
        `Not an allowed value; choose one of: ${issue.values.join(', ')}.`,
      );
    case 'too_small':
      if (issue.origin === 'string') return say('Không được để trống.', 'Must not be empty.');
      if (issue.origin === 'array')
        return say(`Cần ít nhất ${String(issue.minimum)} mục.`, `Needs at least ${String(issue.minimum)} item(s).`);
      return say(
        `Giá trị nhỏ nhất là ${String(issue.minimum)}.`,
        `The smallest allowed value is ${String(issue.minimum)}.`,
      );
    case 'too_big':
      if (issue.origin === 'string')
        return say(
          `Quá dài: tối đa ${String(issue.maximum)} ký tự.`,
          `Too long: at most ${String(issue.maximum)} characters.`,
        );
      return say(
        `Giá trị lớn nhất là ${String(issue.maximum)}.`,
        `The largest allowed value is ${String(issue.maximum)}.`,
      );
    default:
      return issue.message;
  }
}
