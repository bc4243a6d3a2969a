/** The prompt's lines that the title does not already say (a long title is often the prompt too), or null for none. */
export function promptToShow(title: string, prompt: string): string | null {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const said = plain(title);
  const lines = prompt.split('\n').filter((line) => plain(line) && !said.includes(plain(line)));
  return lines.length ? lines.join('\n') : null;
}
