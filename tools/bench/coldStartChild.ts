/** Child of coldStart.ts: time loading the bundle in this otherwise empty process and print the result. */
import { coldStartHere } from './coldStart';

console.log(JSON.stringify(coldStartHere(process.argv[2], Number(process.argv[3] ?? 15))));
