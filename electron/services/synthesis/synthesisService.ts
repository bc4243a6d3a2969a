import type { ExportFile } from '../../../shared/export/files';
import type { SessionExport } from '../../../shared/export/schema';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { synthesisFiles } from '../../../shared/synthesis/files';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import { checkedExportText } from '../import/exportFileCheck';
import { synthesisWorkbook } from './synthesisWorkbook';

/**
 * The Synthesis workspace's data, held in the services (one per process) so a window can
 * send a thousand exports in batches without keeping them: each file is checked as an import
 * is (limits, schema, references, content hash) and folded into the synthesis at once. The
 * checked exports are kept here too, so the synthesis can be made again when the organiser
 * releases (or withholds again) a personal-data finding.
 */
export class SynthesisWorkspace {
  private builder = new SynthesisBuilder();
  private outcomes: SynthesisFileOutcome[] = [];
  private read: { data: SessionExport; name: string }[] = [];
  private released: string[] = [];

  addFiles(files: readonly { name: string; text: string }[]): SynthesisFileOutcome[] {
    const added = files.map(({ name, text }): SynthesisFileOutcome => {
      const read = checkedExportText(text, name);
      if (!read.ok) return { name, outcome: 'bad', message: read.error.message };
      this.read.push({ data: read.value, name });
      return { name, outcome: this.builder.add(read.value, name) };
    });
    this.outcomes.push(...added);
    return added;
  }

  /** The synthesis so far; given `releasedPii`, made again with exactly those findings released. */
  view(releasedPii?: readonly string[]): SynthesisView {
    if (releasedPii !== undefined) this.release(releasedPii);
    return { synthesis: this.builder.result(), files: [...this.outcomes], piiReview: this.builder.piiReview() };
  }

  private release(ids: readonly string[]): void {
    const wanted = [...new Set(ids)].sort();
    if (wanted.join('\n') === this.released.join('\n')) return;
    const builder = new SynthesisBuilder({ releasedPii: wanted });
    for (const { data, name } of this.read) builder.add(data, name);
    const found = new Set(builder.piiReview().map((item) => item.finding.id));
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0)
      throw new Error(
        `No finding in the files read has the id ${unknown.map((id) => `"${id}"`).join(', ')}; nothing was released. ` +
          'The findings and their ids are listed under "Withheld until reviewed".',
      );
    this.builder = builder;
    this.released = wanted;
  }

  clear(): void {
    this.builder = new SynthesisBuilder();
    this.outcomes = [];
    this.read = [];
    this.released = [];
  }

  /** The merged dataset's files: JSON, the two CSVs, the report and the workbook. */
  async files(options: { generatedAt: string; appVersion: string }): Promise<ExportFile[]> {
    const synthesis = this.builder.result();
    return [
      ...synthesisFiles(synthesis, this.builder.noteRows(), options),
      await synthesisWorkbook(synthesis, this.builder.noteRows(), options.generatedAt),
    ];
  }
}
