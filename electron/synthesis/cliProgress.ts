import { Presets, SingleBar } from 'cli-progress';

/** One stage's bar: its count so far of its total. */
export interface ProgressStage {
  update(done: number, total: number): void;
}

/**
 * The command line's progress bars (cli-progress) on stderr: shown on a terminal, or when asked
 * for with --progress; otherwise nothing, so logs and pipelines stay clean. The stages (reading
 * the exports, then embedding the notes) take turns on one line: a stage's first update ends
 * the bar before it at its last figure, so two bars never draw over each other.
 */
export function cliProgress(wanted: boolean, stream: NodeJS.WriteStream = process.stderr) {
  const shown = wanted || stream.isTTY === true;
  let bar: SingleBar | null = null;
  let current: string | null = null;
  let total = 0;
  function stop() {
    bar?.stop();
    bar = null;
    current = null;
  }
  return {
    stage(format: string): ProgressStage {
      return {
        update(done, of) {
          if (!shown) return;
          if (current !== format) {
            stop();
            bar = new SingleBar({ format, stream, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.legacy);
            bar.start(of, 0);
            current = format;
            total = of;
          } else if (of !== total) {
            bar?.setTotal(of);
            total = of;
          }
          bar?.update(done);
        },
      };
    },
    /** Ends the bar showing, if any, at its last figure. */
    stop,
  };
}

export const READING = 'Reading exports [{bar}] {value}/{total} files';
export const EMBEDDING = 'Embedding notes [{bar}] {value}/{total} new texts';
