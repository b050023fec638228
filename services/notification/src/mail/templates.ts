import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TEMPLATE_DIR = path.resolve(__dirname, '../../templates');

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Compiled = { subject: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate };

/**
 * Email templates from files: `<kind>.subject.hbs`, `<kind>.text.hbs`,
 * `<kind>.html.hbs`. The HTML part escapes every value; subject and text are
 * plain text, where escaping would show entities to the reader.
 */
export class EmailTemplates {
  private readonly compiled = new Map<string, Compiled>();

  constructor(directory: string = TEMPLATE_DIR) {
    const kinds = new Set(
      readdirSync(directory)
        .filter((f) => f.endsWith('.hbs'))
        .map((f) => f.split('.')[0]),
    );
    for (const kind of kinds) {
      const read = (part: string) => readFileSync(path.join(directory, `${kind}.${part}.hbs`), 'utf8');
      this.compiled.set(kind, {
        subject: Handlebars.compile(read('subject').trim(), { noEscape: true, strict: true }),
        text: Handlebars.compile(read('text'), { noEscape: true, strict: true }),
        html: Handlebars.compile(read('html'), { strict: true }),
      });
    }
  }

  render(kind: string, values: Record<string, unknown>): RenderedEmail {
    const template = this.compiled.get(kind);
    if (!template) throw new Error(`No email template for ${kind}`);
    // A subject is one header line: no line breaks from user-supplied values.
    const subject = template
      .subject(values)
      .replace(/[\r\n]+/g, ' ')
      .slice(0, 300);
    return { subject, text: template.text(values), html: template.html(values) };
  }
}
