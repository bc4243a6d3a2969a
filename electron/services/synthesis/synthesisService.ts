import type { ExportFile } from '../../../shared/export/files';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { synthesisFiles } from '../../../shared/synthesis/files';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import { checkedExportText } from '../import/exportFileCheck';
import { synthesisWorkbook } from './synthesisWorkbook';

/**
 * The Synthesis workspace's data, held in the services (one per process) so a window can
 * send a thousand exports in batches without keeping them: each file is checked as an import
 * is (limits, schema, references, content hash) and folded into the synthesis at once.
 */
export class SynthesisWorkspace {
  private builder = new SynthesisBuilder();
  private outcomes: SynthesisFileOutcome[] = [];

  addFiles(files: readonly { name: string; text: string }[]): SynthesisFileOutcome[] {
    const added = files.map(({ name, text }): SynthesisFileOutcome => {
      const read = checkedExportText(text, name);
      if (!read.ok) return { name, outcome: 'bad', message: read.error.message };
      return { name, outcome: this.builder.add(read.value, name) };
    });
    this.outcomes.push(...added);
    return added;
  }

  view(): SynthesisView {
    return { synthesis: this.builder.result(), files: [...this.outcomes] };
  }

  clear(): void {
    this.builder = new SynthesisBuilder();
    this.outcomes = [];
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
