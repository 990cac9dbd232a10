/** The server functions' stubs come from their one declaration, shared with the adapter and the sidebar. */
export { SERVER_FUNCTIONS, type ServerFunction } from '../../src/api/serverApi';
