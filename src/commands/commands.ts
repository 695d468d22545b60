/** The ribbon's function file. Handlers are added by the features that need them. */
import { registerCommands } from '../office/commands';

registerCommands({});
