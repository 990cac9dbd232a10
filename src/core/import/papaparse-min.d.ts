/** The minified build of Papa Parse has the same API as the package's main entry. */
declare module 'papaparse/papaparse.min.js' {
  import Papa from 'papaparse';
  export default Papa;
}
