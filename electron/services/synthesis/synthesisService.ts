import type { ExportFile } from '../../../shared/export/files';
import type { SessionExport } from '../../../shared/export/schema';
import { SynthesisBuilder, type ThemeOptions } from '../../../shared/synthesis/builder';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import { checkedExportText } from '../import/exportFileCheck';
import { allSynthesisFiles } from '../../synthesis/synthesiseFiles';
import { themeOptionsFor, type VectorSource } from '../../themes/synthesisVectors';

/**
 * The Synthesis workspace's data, held in the services (one per process) so a window can
 * send a thousand exports in batches without keeping them: each file is checked as an import
 * is (limits, schema, references, content hash) and folded into the synthesis at once. The
 * checked exports are kept here too, so the synthesis can be made again when the organiser
 * releases (or withholds again) a personal-data finding. Its themes are found with the notes'
 * sentence vectors from `vectors` (kept on disk by text, so each is worked out once), or by
 * shared words alone when none is given or the model cannot load (the synthesis says which).
 */
export class SynthesisWorkspace {
  /**
   * `vectors` gives the notes' sentence vectors; a view waits for them at most `waitMs`. When
   * embedding new notes takes longer (the first time many are read), the view themes by shared
   * words and says so, while the vectors are worked out and kept: the next view uses them.
   */
  constructor(
    private readonly vectors: VectorSource | null = null,
    private readonly waitMs = 2_000,
  ) {}

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
  async view(releasedPii?: readonly string[]): Promise<SynthesisView> {
    if (releasedPii !== undefined) this.release(releasedPii);
    return { synthesis: await this.result(), files: [...this.outcomes], piiReview: this.builder.piiReview() };
  }

  private async result() {
    return this.builder.result(await this.themes());
  }

  /** How the themes are found: with the notes' vectors if they are ready within `waitMs`, else by shared words (and why). */
  private async themes(): Promise<ThemeOptions> {
    const pending = themeOptionsFor(this.builder, this.vectors);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.waitMs)));
    const ready = await Promise.race([pending, late]).finally(() => clearTimeout(timer));
    if (ready) return ready.options;
    pending.catch(() => undefined);
    return {
      wordsOnlyReason:
        'The sentence model is still working out the new notes’ vectors; until it has, these themes compare the words notes share (look again in a moment).',
    };
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

  /**
   * The merged dataset's files: the synthesis JSON, the notes and counts CSVs, the report, the
   * codebook (JSON and CSV), the coded notes (CSV and Parquet), the cross-tabs and the workbook,
   * all from the machine's coding of every note (docs/SYNTHESIS-FILES.md lists them).
   */
  async files(options: { generatedAt: string; appVersion: string }): Promise<ExportFile[]> {
    return allSynthesisFiles(this.builder, { ...options, themes: await this.themes() });
  }
}
