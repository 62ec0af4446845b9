import { evaluateTopic } from './eval/library';
evaluateTopic('/work/shared/eval/library/' + process.argv[2], (l) => { if (l.startsWith('  extra')) console.log(l); });
