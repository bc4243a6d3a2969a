import { Group, LayoutGrid, Sparkles } from 'lucide-react';
import { useCommands } from '../hooks/workbenchContext';
import { ariaKeyshortcut } from '../commands/keybindings';
import { IconButton } from '../ui/IconButton';

/** The board toolbar's grouping buttons: Group (G on the board), Suggest clusters and Tidy board. */
export function ClusterToolbarButtons({ canvasReady, hasBoard }: { canvasReady: boolean; hasBoard: boolean }) {
  const commands = useCommands();
  return (
    <>
      <IconButton
        label="Group"
        tooltip="Group the selected notes (G)"
        icon={Group}
        keyshortcuts={ariaKeyshortcut('G')}
        disabled={!canvasReady}
        onClick={() => commands.run('cluster.group')}
      />
      <IconButton
        label="Suggest clusters"
        tooltip="Suggest groups from the words notes share"
        icon={Sparkles}
        disabled={!hasBoard}
        onClick={() => commands.run('cluster.suggest')}
      />
      <IconButton
        label="Tidy board"
        tooltip="Tidy board: gather every group and lay out each zone (nobody's group changes; Undo puts it back)"
        icon={LayoutGrid}
        disabled={!hasBoard}
        onClick={() => commands.run('cluster.tidyBoard')}
      />
    </>
  );
}
