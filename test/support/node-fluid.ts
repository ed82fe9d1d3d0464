/** Fluid in Node for the tests: the same polyfill the server's own Fluid client uses. */
import "../../src/server/archive/nodeRuntime";
