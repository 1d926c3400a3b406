// Every unit test gets a working IndexedDB in Node; each test file opens its own database names.
import 'fake-indexeddb/auto';
