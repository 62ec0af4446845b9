// The multi-file LaTeX project model: include graph, root finding, and what a chapter inherits.
export type { ProjectFiles } from './files';
export { buildProject, type Project, type ProjectFile, type ProjectProblem } from './graph';
export { findRoot, type RootFinding, type RootReason } from './root';
export { contextsOfProject, projectContextFor, type ProjectContext } from './context';
export { toSlashes } from './paths';
