var background = (function() {
  "use strict";
  function defineBackground(arg) {
    if (arg == null || typeof arg === "function") return { main: arg };
    return arg;
  }
  var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
  function getDefaultExportFromCjs(x) {
    return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
  }
  var browserPolyfill$1 = { exports: {} };
  var browserPolyfill = browserPolyfill$1.exports;
  var hasRequiredBrowserPolyfill;
  function requireBrowserPolyfill() {
    if (hasRequiredBrowserPolyfill) return browserPolyfill$1.exports;
    hasRequiredBrowserPolyfill = 1;
    (function(module, exports) {
      (function(global2, factory) {
        {
          factory(module);
        }
      })(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : browserPolyfill, function(module2) {
        if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id)) {
          throw new Error("This script should only be loaded in a browser extension.");
        }
        if (!(globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id)) {
          const CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE = "The message port closed before a response was received.";
          const wrapAPIs = (extensionAPIs) => {
            const apiMetadata = {
              "alarms": {
                "clear": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "clearAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "get": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "bookmarks": {
                "create": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "get": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getChildren": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getRecent": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getSubTree": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getTree": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "move": {
                  "minArgs": 2,
                  "maxArgs": 2
                },
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeTree": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "search": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "update": {
                  "minArgs": 2,
                  "maxArgs": 2
                }
              },
              "browserAction": {
                "disable": {
                  "minArgs": 0,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "enable": {
                  "minArgs": 0,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "getBadgeBackgroundColor": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getBadgeText": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getPopup": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getTitle": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "openPopup": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "setBadgeBackgroundColor": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "setBadgeText": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "setIcon": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "setPopup": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "setTitle": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                }
              },
              "browsingData": {
                "remove": {
                  "minArgs": 2,
                  "maxArgs": 2
                },
                "removeCache": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeCookies": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeDownloads": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeFormData": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeHistory": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeLocalStorage": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removePasswords": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removePluginData": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "settings": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "commands": {
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "contextMenus": {
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "update": {
                  "minArgs": 2,
                  "maxArgs": 2
                }
              },
              "cookies": {
                "get": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getAll": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getAllCookieStores": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "set": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "devtools": {
                "inspectedWindow": {
                  "eval": {
                    "minArgs": 1,
                    "maxArgs": 2,
                    "singleCallbackArg": false
                  }
                },
                "panels": {
                  "create": {
                    "minArgs": 3,
                    "maxArgs": 3,
                    "singleCallbackArg": true
                  },
                  "elements": {
                    "createSidebarPane": {
                      "minArgs": 1,
                      "maxArgs": 1
                    }
                  }
                }
              },
              "downloads": {
                "cancel": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "download": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "erase": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getFileIcon": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "open": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "pause": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeFile": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "resume": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "search": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "show": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                }
              },
              "extension": {
                "isAllowedFileSchemeAccess": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "isAllowedIncognitoAccess": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "history": {
                "addUrl": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "deleteAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "deleteRange": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "deleteUrl": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getVisits": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "search": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "i18n": {
                "detectLanguage": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getAcceptLanguages": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "identity": {
                "launchWebAuthFlow": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "idle": {
                "queryState": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "management": {
                "get": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "getSelf": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "setEnabled": {
                  "minArgs": 2,
                  "maxArgs": 2
                },
                "uninstallSelf": {
                  "minArgs": 0,
                  "maxArgs": 1
                }
              },
              "notifications": {
                "clear": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "create": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "getPermissionLevel": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "update": {
                  "minArgs": 2,
                  "maxArgs": 2
                }
              },
              "pageAction": {
                "getPopup": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getTitle": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "hide": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "setIcon": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "setPopup": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "setTitle": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                },
                "show": {
                  "minArgs": 1,
                  "maxArgs": 1,
                  "fallbackToNoCallback": true
                }
              },
              "permissions": {
                "contains": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "request": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "runtime": {
                "getBackgroundPage": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "getPlatformInfo": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "openOptionsPage": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "requestUpdateCheck": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "sendMessage": {
                  "minArgs": 1,
                  "maxArgs": 3
                },
                "sendNativeMessage": {
                  "minArgs": 2,
                  "maxArgs": 2
                },
                "setUninstallURL": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "sessions": {
                "getDevices": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "getRecentlyClosed": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "restore": {
                  "minArgs": 0,
                  "maxArgs": 1
                }
              },
              "storage": {
                "local": {
                  "clear": {
                    "minArgs": 0,
                    "maxArgs": 0
                  },
                  "get": {
                    "minArgs": 0,
                    "maxArgs": 1
                  },
                  "getBytesInUse": {
                    "minArgs": 0,
                    "maxArgs": 1
                  },
                  "remove": {
                    "minArgs": 1,
                    "maxArgs": 1
                  },
                  "set": {
                    "minArgs": 1,
                    "maxArgs": 1
                  }
                },
                "managed": {
                  "get": {
                    "minArgs": 0,
                    "maxArgs": 1
                  },
                  "getBytesInUse": {
                    "minArgs": 0,
                    "maxArgs": 1
                  }
                },
                "sync": {
                  "clear": {
                    "minArgs": 0,
                    "maxArgs": 0
                  },
                  "get": {
                    "minArgs": 0,
                    "maxArgs": 1
                  },
                  "getBytesInUse": {
                    "minArgs": 0,
                    "maxArgs": 1
                  },
                  "remove": {
                    "minArgs": 1,
                    "maxArgs": 1
                  },
                  "set": {
                    "minArgs": 1,
                    "maxArgs": 1
                  }
                }
              },
              "tabs": {
                "captureVisibleTab": {
                  "minArgs": 0,
                  "maxArgs": 2
                },
                "create": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "detectLanguage": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "discard": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "duplicate": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "executeScript": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "get": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getCurrent": {
                  "minArgs": 0,
                  "maxArgs": 0
                },
                "getZoom": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "getZoomSettings": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "goBack": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "goForward": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "highlight": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "insertCSS": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "move": {
                  "minArgs": 2,
                  "maxArgs": 2
                },
                "query": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "reload": {
                  "minArgs": 0,
                  "maxArgs": 2
                },
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "removeCSS": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "sendMessage": {
                  "minArgs": 2,
                  "maxArgs": 3
                },
                "setZoom": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "setZoomSettings": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "update": {
                  "minArgs": 1,
                  "maxArgs": 2
                }
              },
              "topSites": {
                "get": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "webNavigation": {
                "getAllFrames": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "getFrame": {
                  "minArgs": 1,
                  "maxArgs": 1
                }
              },
              "webRequest": {
                "handlerBehaviorChanged": {
                  "minArgs": 0,
                  "maxArgs": 0
                }
              },
              "windows": {
                "create": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "get": {
                  "minArgs": 1,
                  "maxArgs": 2
                },
                "getAll": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "getCurrent": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "getLastFocused": {
                  "minArgs": 0,
                  "maxArgs": 1
                },
                "remove": {
                  "minArgs": 1,
                  "maxArgs": 1
                },
                "update": {
                  "minArgs": 2,
                  "maxArgs": 2
                }
              }
            };
            if (Object.keys(apiMetadata).length === 0) {
              throw new Error("api-metadata.json has not been included in browser-polyfill");
            }
            class DefaultWeakMap extends WeakMap {
              constructor(createItem, items = void 0) {
                super(items);
                this.createItem = createItem;
              }
              get(key) {
                if (!this.has(key)) {
                  this.set(key, this.createItem(key));
                }
                return super.get(key);
              }
            }
            const isThenable = (value) => {
              return value && typeof value === "object" && typeof value.then === "function";
            };
            const makeCallback = (promise, metadata) => {
              return (...callbackArgs) => {
                if (extensionAPIs.runtime.lastError) {
                  promise.reject(new Error(extensionAPIs.runtime.lastError.message));
                } else if (metadata.singleCallbackArg || callbackArgs.length <= 1 && metadata.singleCallbackArg !== false) {
                  promise.resolve(callbackArgs[0]);
                } else {
                  promise.resolve(callbackArgs);
                }
              };
            };
            const pluralizeArguments = (numArgs) => numArgs == 1 ? "argument" : "arguments";
            const wrapAsyncFunction = (name, metadata) => {
              return function asyncFunctionWrapper(target, ...args) {
                if (args.length < metadata.minArgs) {
                  throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
                }
                if (args.length > metadata.maxArgs) {
                  throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
                }
                return new Promise((resolve, reject) => {
                  if (metadata.fallbackToNoCallback) {
                    try {
                      target[name](...args, makeCallback({
                        resolve,
                        reject
                      }, metadata));
                    } catch (cbError) {
                      console.warn(`${name} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `, cbError);
                      target[name](...args);
                      metadata.fallbackToNoCallback = false;
                      metadata.noCallback = true;
                      resolve();
                    }
                  } else if (metadata.noCallback) {
                    target[name](...args);
                    resolve();
                  } else {
                    target[name](...args, makeCallback({
                      resolve,
                      reject
                    }, metadata));
                  }
                });
              };
            };
            const wrapMethod = (target, method, wrapper) => {
              return new Proxy(method, {
                apply(targetMethod, thisObj, args) {
                  return wrapper.call(thisObj, target, ...args);
                }
              });
            };
            let hasOwnProperty = Function.call.bind(Object.prototype.hasOwnProperty);
            const wrapObject = (target, wrappers = {}, metadata = {}) => {
              let cache2 = /* @__PURE__ */ Object.create(null);
              let handlers = {
                has(proxyTarget2, prop) {
                  return prop in target || prop in cache2;
                },
                get(proxyTarget2, prop, receiver) {
                  if (prop in cache2) {
                    return cache2[prop];
                  }
                  if (!(prop in target)) {
                    return void 0;
                  }
                  let value = target[prop];
                  if (typeof value === "function") {
                    if (typeof wrappers[prop] === "function") {
                      value = wrapMethod(target, target[prop], wrappers[prop]);
                    } else if (hasOwnProperty(metadata, prop)) {
                      let wrapper = wrapAsyncFunction(prop, metadata[prop]);
                      value = wrapMethod(target, target[prop], wrapper);
                    } else {
                      value = value.bind(target);
                    }
                  } else if (typeof value === "object" && value !== null && (hasOwnProperty(wrappers, prop) || hasOwnProperty(metadata, prop))) {
                    value = wrapObject(value, wrappers[prop], metadata[prop]);
                  } else if (hasOwnProperty(metadata, "*")) {
                    value = wrapObject(value, wrappers[prop], metadata["*"]);
                  } else {
                    Object.defineProperty(cache2, prop, {
                      configurable: true,
                      enumerable: true,
                      get() {
                        return target[prop];
                      },
                      set(value2) {
                        target[prop] = value2;
                      }
                    });
                    return value;
                  }
                  cache2[prop] = value;
                  return value;
                },
                set(proxyTarget2, prop, value, receiver) {
                  if (prop in cache2) {
                    cache2[prop] = value;
                  } else {
                    target[prop] = value;
                  }
                  return true;
                },
                defineProperty(proxyTarget2, prop, desc) {
                  return Reflect.defineProperty(cache2, prop, desc);
                },
                deleteProperty(proxyTarget2, prop) {
                  return Reflect.deleteProperty(cache2, prop);
                }
              };
              let proxyTarget = Object.create(target);
              return new Proxy(proxyTarget, handlers);
            };
            const wrapEvent = (wrapperMap) => ({
              addListener(target, listener, ...args) {
                target.addListener(wrapperMap.get(listener), ...args);
              },
              hasListener(target, listener) {
                return target.hasListener(wrapperMap.get(listener));
              },
              removeListener(target, listener) {
                target.removeListener(wrapperMap.get(listener));
              }
            });
            const onRequestFinishedWrappers = new DefaultWeakMap((listener) => {
              if (typeof listener !== "function") {
                return listener;
              }
              return function onRequestFinished(req) {
                const wrappedReq = wrapObject(req, {}, {
                  getContent: {
                    minArgs: 0,
                    maxArgs: 0
                  }
                });
                listener(wrappedReq);
              };
            });
            const onMessageWrappers = new DefaultWeakMap((listener) => {
              if (typeof listener !== "function") {
                return listener;
              }
              return function onMessage(message, sender, sendResponse) {
                let didCallSendResponse = false;
                let wrappedSendResponse;
                let sendResponsePromise = new Promise((resolve) => {
                  wrappedSendResponse = function(response) {
                    didCallSendResponse = true;
                    resolve(response);
                  };
                });
                let result2;
                try {
                  result2 = listener(message, sender, wrappedSendResponse);
                } catch (err) {
                  result2 = Promise.reject(err);
                }
                const isResultThenable = result2 !== true && isThenable(result2);
                if (result2 !== true && !isResultThenable && !didCallSendResponse) {
                  return false;
                }
                const sendPromisedResult = (promise) => {
                  promise.then((msg) => {
                    sendResponse(msg);
                  }, (error2) => {
                    let message2;
                    if (error2 && (error2 instanceof Error || typeof error2.message === "string")) {
                      message2 = error2.message;
                    } else {
                      message2 = "An unexpected error occurred";
                    }
                    sendResponse({
                      __mozWebExtensionPolyfillReject__: true,
                      message: message2
                    });
                  }).catch((err) => {
                    console.error("Failed to send onMessage rejected reply", err);
                  });
                };
                if (isResultThenable) {
                  sendPromisedResult(result2);
                } else {
                  sendPromisedResult(sendResponsePromise);
                }
                return true;
              };
            });
            const wrappedSendMessageCallback = ({
              reject,
              resolve
            }, reply) => {
              if (extensionAPIs.runtime.lastError) {
                if (extensionAPIs.runtime.lastError.message === CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE) {
                  resolve();
                } else {
                  reject(new Error(extensionAPIs.runtime.lastError.message));
                }
              } else if (reply && reply.__mozWebExtensionPolyfillReject__) {
                reject(new Error(reply.message));
              } else {
                resolve(reply);
              }
            };
            const wrappedSendMessage = (name, metadata, apiNamespaceObj, ...args) => {
              if (args.length < metadata.minArgs) {
                throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
              }
              if (args.length > metadata.maxArgs) {
                throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
              }
              return new Promise((resolve, reject) => {
                const wrappedCb = wrappedSendMessageCallback.bind(null, {
                  resolve,
                  reject
                });
                args.push(wrappedCb);
                apiNamespaceObj.sendMessage(...args);
              });
            };
            const staticWrappers = {
              devtools: {
                network: {
                  onRequestFinished: wrapEvent(onRequestFinishedWrappers)
                }
              },
              runtime: {
                onMessage: wrapEvent(onMessageWrappers),
                onMessageExternal: wrapEvent(onMessageWrappers),
                sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
                  minArgs: 1,
                  maxArgs: 3
                })
              },
              tabs: {
                sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
                  minArgs: 2,
                  maxArgs: 3
                })
              }
            };
            const settingMetadata = {
              clear: {
                minArgs: 1,
                maxArgs: 1
              },
              get: {
                minArgs: 1,
                maxArgs: 1
              },
              set: {
                minArgs: 1,
                maxArgs: 1
              }
            };
            apiMetadata.privacy = {
              network: {
                "*": settingMetadata
              },
              services: {
                "*": settingMetadata
              },
              websites: {
                "*": settingMetadata
              }
            };
            return wrapObject(extensionAPIs, staticWrappers, apiMetadata);
          };
          module2.exports = wrapAPIs(chrome);
        } else {
          module2.exports = globalThis.browser;
        }
      });
    })(browserPolyfill$1);
    return browserPolyfill$1.exports;
  }
  var browserPolyfillExports = requireBrowserPolyfill();
  const browser$1 = /* @__PURE__ */ getDefaultExportFromCjs(browserPolyfillExports);
  const CARRIER_IDS = [
    "usps",
    "ups",
    "fedex",
    "dhl-express",
    "dhl-ecommerce",
    "amazon-logistics",
    "ontrac",
    "gofo",
    "royal-mail",
    "parcelforce",
    "evri",
    "dpd-uk",
    "yodel",
    "jt-express",
    "ninja-van",
    "spx",
    "flash-express",
    "kerry-express",
    "cainiao",
    "yunexpress",
    "winit",
    "zongteng",
    "yanwen",
    "4px",
    "china-post"
  ];
  const CARRIER_ALIASES = {
    usps: ["USPS", "United States Postal Service", "USPS Ground Advantage", "USPS Priority Mail", "美国邮政"],
    ups: ["UPS", "United Parcel Service", "UPS Ground", "UPS SurePost"],
    fedex: ["FedEx", "Federal Express", "FedEx Ground", "FedEx Home Delivery", "联邦快递"],
    "dhl-express": ["DHL Express", "DHL"],
    "dhl-ecommerce": ["DHL eCommerce", "DHL eCommerce Solutions", "DHL Parcel"],
    "amazon-logistics": ["Amazon Logistics", "Amazon Shipping", "AMZL"],
    ontrac: ["OnTrac"],
    gofo: ["GOFO", "GOFO Express"],
    "royal-mail": ["Royal Mail", "Royal Mail Tracked 24", "Royal Mail Tracked 48", "Royal Mail Special Delivery", "英国皇家邮政", "皇家邮政"],
    parcelforce: ["Parcelforce", "Parcelforce Worldwide"],
    evri: ["Evri", "Hermes", "Hermes UK"],
    "dpd-uk": ["DPD", "DPD UK", "DPD Local"],
    yodel: ["Yodel"],
    "jt-express": ["J&T Express", "J&T", "JT Express", "J and T Express", "J&T Express US", "J&T Express UK", "极兔", "极兔速递", "极兔快递"],
    "ninja-van": ["Ninja Van", "NinjaVan", "Ninja Express", "忍者快递"],
    spx: ["SPX", "SPX Express", "Shopee Express"],
    "flash-express": ["Flash Express", "Flash"],
    "kerry-express": ["Kerry Express", "KEX", "KEX Express"],
    cainiao: ["Cainiao", "Cainiao International", "Cainiao Network", "菜鸟", "菜鸟国际", "菜鸟网络"],
    yunexpress: ["YunExpress", "Yun Express", "云途", "云途物流"],
    winit: ["Winit", "WINIT", "万邑通"],
    zongteng: ["Zongteng", "Zongteng Group", "纵腾", "纵腾集团"],
    yanwen: ["Yanwen", "燕文", "燕文物流"],
    "4px": ["4PX", "递四方"],
    "china-post": ["China Post", "ePacket", "中国邮政", "中国邮政小包", "EMS"]
  };
  function foldName$1(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.,()（）【】·&＆]+/g, "");
  }
  const ALIAS_INDEX = new Map(
    CARRIER_IDS.flatMap((id) => [[foldName$1(id), id], ...CARRIER_ALIASES[id].map((a) => [foldName$1(a), id])])
  );
  const ALIASES_BY_LENGTH = [...ALIAS_INDEX.entries()].sort((a, b) => b[0].length - a[0].length);
  function isCarrierId(value) {
    return typeof value === "string" && CARRIER_IDS.includes(value);
  }
  function resolveCarrierId(text) {
    if (typeof text !== "string") return void 0;
    const folded = foldName$1(text);
    if (!folded) return void 0;
    const exact = ALIAS_INDEX.get(folded);
    if (exact) return exact;
    for (const [alias, id] of ALIASES_BY_LENGTH) {
      if (alias.length >= 3 && folded.startsWith(alias)) return id;
    }
    for (const [alias, id] of ALIASES_BY_LENGTH) {
      if (alias.length >= 4 && folded.includes(alias)) return id;
    }
    return void 0;
  }
  const MARKET_CODES = ["US", "GB", "ID", "TH", "VN", "MY", "PH", "SG"];
  function resolveMarket(value) {
    if (typeof value !== "string") return void 0;
    const upper = value.trim().toUpperCase();
    const code = upper === "UK" ? "GB" : upper;
    return MARKET_CODES.includes(code) ? code : void 0;
  }
  const SCAN_STATUSES = /* @__PURE__ */ new Set([
    "picked-up",
    "in-transit",
    "out-for-delivery",
    "delivery-failed",
    "delivered",
    "exception",
    "returned"
  ]);
  function isScanStatus(status) {
    return status !== "unknown" && SCAN_STATUSES.has(status);
  }
  const STATUS_RANK = {
    unknown: 0,
    "info-received": 1,
    "picked-up": 2,
    "in-transit": 3,
    "out-for-delivery": 4,
    "delivery-failed": 5,
    exception: 6,
    delivered: 7,
    returned: 8,
    lost: 9
  };
  function foldPatterns(patterns) {
    return patterns.map((p) => new RegExp(p.source.normalize("NFKC"), p.flags));
  }
  function foldRules(rules) {
    return rules.map((rule) => ({ ...rule, patterns: foldPatterns(rule.patterns) }));
  }
  const PHRASE_RULES = foldRules([
    {
      status: "returned",
      note: 'USPS "Return to Sender", "Delivered, To Original Sender"; Royal Mail "returning it to the sender"; zh 退回/退件; id dikembalikan/retur; th ตีกลับ/ส่งคืน; vi hoàn hàng/chuyển hoàn',
      patterns: [
        /\breturn(?:ed|ing)?\b[^.;]*\b(?:to|back to) (?:the )?(?:original )?(?:sender|shipper|origin|merchant|seller)\b/,
        /\bdelivered,? to (?:the )?(?:original )?sender\b/,
        /退回|退件|已退货|退货中|退运|逆向/,
        /dikembalikan|\bretur\b|proses retur/,
        /ตีกลับ|ส่งคืน|ส่งกลับผู้ส่ง/,
        /hoàn hàng|chuyển hoàn|đang hoàn|hoàn trả|trả lại người gửi|trả hàng về/
      ]
    },
    {
      status: "lost",
      note: "carrier declares the parcel lost; zh 丢失/遗失; id hilang; th สูญหาย; vi thất lạc",
      patterns: [
        /\blost\b/,
        /\b(?:parcel|item|package|shipment) (?:is )?missing\b/,
        /\bmissing (?:parcel|item|package|mail)\b/,
        /丢失|遗失|丢件/,
        /\bhilang\b/,
        /สูญหาย/,
        /thất lạc|mất hàng/
      ]
    },
    {
      status: "delivery-failed",
      note: 'USPS "Notice Left (No Authorized Recipient Available)", "Delivery Attempted"; Royal Mail "Sorry we missed you"; zh 派送失败/未签收; id gagal kirim; th ส่งไม่สำเร็จ; vi giao hàng thất bại',
      patterns: [
        /\bdelivery attempt(?:ed)?\b|\battempted delivery\b|\battempt(?:ed)? to deliver\b/,
        /\bnotice left\b|\bno authori[sz]ed recipient\b|\bno access to delivery location\b/,
        /\bsorry we missed you\b|\bwe tried to deliver\b|\bwe missed you\b/,
        /\b(?:delivery|deliver) (?:failed|unsuccessful|not successful)\b|\bfailed (?:delivery|to deliver)\b|\bunsuccessful delivery\b/,
        /\b(?:could|can) ?not be delivered\b|\bcouldn't be delivered\b|\bunable to deliver\b|\bnot delivered\b|\bundelivered\b/,
        /\b(?:recipient|receiver|customer|consignee|addressee) (?:was )?(?:not (?:available|home|at home|present)|unavailable|absent)\b/,
        /派送失败|投递失败|派件失败|未妥投|无人签收|未签收|收件人不在/,
        /gagal (?:kirim|diantar|dikirim|antar)|pengiriman gagal|penerima tidak (?:ada|di ?tempat)/,
        /นำจ่ายไม่สำเร็จ|จัดส่งไม่สำเร็จ|ส่งไม่สำเร็จ/,
        /giao hàng thất bại|giao thất bại|giao (?:hàng )?không thành công|phát (?:hàng )?không thành công|phát thất bại/
      ]
    },
    {
      status: "exception",
      note: 'J&T "Problematic"; USPS "Undeliverable as Addressed", "Insufficient Address", "Refused"; mis-sent/mis-delivered (S8: refused, lost, mis-delivered); zh 异常/问题件/拒收; id bermasalah/ditolak; th ปฏิเสธ/มีปัญหา; vi từ chối nhận/sự cố',
      patterns: [
        /\bexception\b|\bproblematic\b|\bproblem (?:parcel|shipment|package)\b/,
        /\bundeliverable\b|\binsufficient address\b|\baddress(?:ee)? unknown\b|\bno such (?:number|street|address)\b/,
        /\b(?:incorrect|wrong|invalid|incomplete) address\b|\baddress (?:issue|problem|error)\b/,
        /\brefused\b|\brejected by (?:the )?(?:recipient|receiver|consignee|customer|addressee)\b/,
        /\bmis-?(?:sent|sorted|routed|delivered)\b|\bmissent\b|\bdamaged\b/,
        /异常|问题件|疑难件|拒收|错分|错投|破损/,
        /bermasalah|\bditolak\b/,
        /ปฏิเสธ|มีปัญหา/,
        /từ chối nhận|sự cố/
      ]
    },
    {
      status: "returned",
      note: 'J&T "Return" / "Returned" without a destination; "returned to depot" is not a return to sender',
      patterns: [/\breturn(?:ed|ing)?\b(?!\s+to\s+(?:the\s+)?(?:local\s+)?(?:depot|hub|station|facility|branch|warehouse|post office|delivery office|sorting))/]
    },
    {
      status: "delivered",
      note: 'USPS "Delivered, In/At Mailbox"; Royal Mail and J&T "Delivered"; J&T "Signed"; zh 已签收/妥投/已送达; id terkirim/diterima oleh; th จัดส่งสำเร็จ; vi giao hàng thành công',
      patterns: [
        new RegExp("(?<!\\bbe\\s|\\bbeing\\s|\\bnot\\s)\\bdelivered\\b"),
        /\bdelivery (?:completed|complete|successful)\b|\bsuccessfully delivered\b/,
        /\bsigned (?:for|by)\b|^signed\b|\bproof of delivery\b/,
        /\b(?:collected|picked up) by (?:the )?(?:recipient|receiver|customer|buyer|addressee|consignee)\b/,
        new RegExp("已签收|(?<!未|无人)签收|(?<!未)妥投|已送达|已投递|投递成功|派送成功|已自提"),
        /\bterkirim\b|diterima oleh (?!kurir|sprinter|gudang|drop ?point|hub|agen)|sudah diterima/,
        /จัดส่งสำเร็จ|นำจ่ายสำเร็จ|ส่งสำเร็จ/,
        /giao hàng thành công|giao thành công|đã giao hàng|phát thành công|đã giao cho người nhận/
      ]
    },
    {
      status: "out-for-delivery",
      note: 'USPS "Out for Delivery", "Available for Pickup"; J&T "On delivery"; Royal Mail "out for delivery"; zh 派送中/待取件; id sedang diantar; th กำลังนำส่ง; vi đang giao',
      patterns: [
        /\bout for delivery\b|\bon delivery\b|\bwith (?:the )?(?:delivery )?(?:courier|driver) for delivery\b|\bwith (?:the )?delivery (?:courier|driver)\b/,
        /\bon (?:the )?(?:delivery )?vehicle for delivery\b|\bloaded (?:on|onto) (?:the )?delivery vehicle\b|\bdelivering today\b|\b(?:will be|being) delivered today\b/,
        /\bavailable for (?:pick-?up|collection)\b|\bready for (?:pick-?up|collection)\b|\barrived at (?:the )?(?:pick-?up|collection) point\b/,
        /派送中|派件中|正在派|投递中|开始派送|安排派送|待取件|待自提|已到达自提点/,
        /sedang diantar|dalam pengantaran|dibawa (?:oleh )?kurir|kurir (?:sedang )?mengantar/,
        /กำลังนำส่ง|ออกนำจ่าย|ระหว่างนำจ่าย|กำลังนำจ่าย/,
        /đang giao|đang đi giao|đang phát hàng/
      ]
    },
    {
      status: "info-received",
      note: `USPS "Shipping Label Created, USPS Awaiting Item", "Pre-Shipment Info Sent"; Royal Mail "We're expecting it"; zh 已下单/待揽收; id menunggu pickup; th รอเข้ารับ; vi chờ lấy hàng. Never a carrier scan.`,
      patterns: [
        /\blabel (?:created|printed|generated)\b|\bshipping label\b|\bpre-?shipment\b|\bawaiting item\b/,
        /\b(?:shipment|shipping|electronic|order) info(?:rmation)? (?:received|sent)\b|\binfo(?:rmation)? received\b/,
        /\bwe're expecting (?:it|your item)\b|\bsender (?:is )?(?:preparing|despatching|dispatching)\b|\border (?:created|placed)\b/,
        /\b(?:order|item|package|parcel) (?:has )?shipped\b|^shipped$/,
        /已下单|下单成功|订单已创建|面单已打印|已打印面单|电子面单|待揽收|等待揽收|商家已发货|卖家已发货|^已发货$/,
        /menunggu (?:pick ?up|penjemputan)|pesanan dibuat/,
        /รอเข้ารับ|รอการเข้ารับ/,
        /chờ lấy hàng|chờ lấy|đã tạo đơn|tạo đơn hàng/
      ]
    },
    {
      status: "picked-up",
      note: `USPS "Accepted at USPS Origin Facility", "USPS in possession of item", "Picked Up"; Royal Mail "We've got it"; J&T "Picked up"; zh 已揽收/揽件/收寄; id di pick up; th รับพัสดุแล้ว/รับฝาก; vi đã lấy hàng`,
      patterns: [
        /\baccepted (?:at|by)\b|\bshipment accepted\b|^accepted\b/,
        /\bpicked up\b|\bpick-?up (?:scan|completed|successful)\b|\bcollected (?:from|by) (?:the )?(?:sender|shipper|seller|merchant|courier|driver)\b/,
        /\bin possession of (?:the )?item\b|\bwe've got (?:it|your item)\b|\bitem received\b|\bdropped off\b|\bdrop-?off (?:completed|scan)\b/,
        /揽收|揽件|已取件|收寄/,
        /di ?pick ?up|dijemput|penjemputan berhasil|paket telah diambil/,
        /เข้ารับพัสดุแล้ว|รับพัสดุแล้ว|รับฝาก/,
        /đã lấy hàng|lấy hàng thành công/
      ]
    },
    {
      status: "in-transit",
      note: `USPS "Arrived at…", "Departed…", "In Transit to Next Facility"; Royal Mail "It's on its way"; J&T "Departed"/"Arrived"; zh 运输中/到达/离开/中转; id dalam perjalanan/tiba di; th ระหว่างขนส่ง; vi đang vận chuyển`,
      patterns: [
        /\bin transit\b|\bon its way\b|\barriv(?:ed|al|ing)\b|\bdepart(?:ed|ure|s|ing)?\b|\bprocessed (?:at|through|by)\b/,
        /\b(?:left|leaving) (?:the )?(?:facility|hub|depot|sort|origin|country|station)\b|\bmoving through\b|\bdispatched (?:from|to)\b|\bdespatched (?:from|to)\b/,
        /\b(?:sorting|sort) (?:center|centre|facility|hub)\b|\bsorted\b|\bforwarded\b|\btransferred\b|\bhanded (?:over )?to\b|\bcustoms\b|\bclearance\b/,
        /运输中|在途|转运|中转|分拨|分拣|到达|离开|发出|发往|发车|航班|清关|运抵|装车/,
        /dalam perjalanan|\btiba di\b|sampai di|berangkat dari|keluar dari|transit|diproses di/,
        /ระหว่างขนส่ง|ระหว่างการขนส่ง|ถึงศูนย์|ออกจากศูนย์|ถึงสาขา|ออกจากสาขา|คัดแยก/,
        /vận chuyển|trung chuyển|luân chuyển|nhập kho|xuất kho|đến kho|rời kho|đến bưu cục|rời bưu cục/
      ]
    }
  ]);
  const SCAN_MARKERS = foldPatterns([
    /\bscan(?:ned)?\b|\bfacility\b|\bhub\b|\bdepot\b|\bsort(?:ing)?\b|\bstation\b|\bterminal\b|\bgateway\b|\bpost office\b|\bdelivery office\b/,
    /扫描|网点|分拨中心|转运中心|集散|营业部|站点/,
    /\bkantor\b|\bgudang sortir\b/,
    /ศูนย์|สาขา/,
    /bưu cục/
  ]);
  const API_STATUS_TABLE = {
    // order_status (and line-item display_status)
    UNPAID: { stage: "unpaid" },
    ON_HOLD: { stage: "on-hold" },
    AWAITING_SHIPMENT: { stage: "awaiting-shipment" },
    PARTIALLY_SHIPPING: { stage: "partially-shipped" },
    // Label exists, carrier has not collected: exactly "info received, no scan yet".
    AWAITING_COLLECTION: { stage: "awaiting-collection", status: "info-received" },
    IN_TRANSIT: { stage: "in-transit", status: "in-transit" },
    DELIVERED: { stage: "delivered", status: "delivered" },
    // Completed comes after delivery (return window closed).
    COMPLETED: { stage: "completed", status: "delivered" },
    CANCELLED: { stage: "cancelled" },
    // The ORDER_STATUS_CHANGE webhook writes CANCEL (ref:tiktok-open-api#6): accept both.
    CANCEL: { stage: "cancelled" },
    // package_status
    PROCESSING: { stage: "awaiting-shipment" },
    FULFILLING: { stage: "in-transit", status: "in-transit" },
    TO_FULFILL: { stage: "awaiting-shipment" }
  };
  function normalizeApiStatus(raw) {
    const apiStatus = typeof raw === "string" ? raw.trim().toUpperCase() : "";
    const hit = API_STATUS_TABLE[apiStatus];
    if (!hit) return { apiStatus, stage: "unknown" };
    return hit.status ? { apiStatus, stage: hit.stage, status: hit.status } : { apiStatus, stage: hit.stage };
  }
  function foldDescription(description) {
    return description.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019\u201b\u2032`´]/g, "'").replace(/[\u200b-\u200d\ufeff]/g, "").replace(/\s+/g, " ").trim();
  }
  function classifyDescription(description) {
    const folded = foldDescription(description);
    if (/^[a-z_]+$/.test(folded)) {
      const api = normalizeApiStatus(folded);
      if (api.stage !== "unknown") {
        return api.status ? { status: api.status, isCarrierScan: isScanStatus(api.status), unknown: false } : { status: "unknown", isCarrierScan: false, unknown: false };
      }
    }
    for (const rule of PHRASE_RULES) {
      if (rule.patterns.some((p) => p.test(folded))) {
        return { status: rule.status, isCarrierScan: isScanStatus(rule.status), unknown: false };
      }
    }
    if (SCAN_MARKERS.some((p) => p.test(folded))) return { status: "in-transit", isCarrierScan: true, unknown: true };
    return { status: "unknown", isCarrierScan: false, unknown: true };
  }
  const MIN_EPOCH_MS = 1e11;
  function readEpochMillis(value) {
    if (value === void 0 || value === null || value === "") return { ok: false, code: "missing-time" };
    let n2;
    if (typeof value === "number") n2 = value;
    else if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) n2 = Number(value.trim());
    else return { ok: false, code: "bad-time" };
    if (!Number.isSafeInteger(n2) || n2 < 0) return { ok: false, code: "bad-time" };
    if (n2 < MIN_EPOCH_MS) return { ok: false, code: "time-in-seconds" };
    return { ok: true, at: n2 };
  }
  function normalizeTrackingEvent(raw) {
    const time2 = readEpochMillis(raw?.update_time_millis);
    if (!time2.ok) return void 0;
    const description = typeof raw.description === "string" ? raw.description.trim() : "";
    return { at: time2.at, description, ...classifyDescription(description) };
  }
  function normalizeTrackingEvents(raws) {
    const events = [];
    const rejected = [];
    raws.forEach((raw, index) => {
      if (typeof raw !== "object" || raw === null) {
        rejected.push({ index, code: "not-an-object" });
        return;
      }
      const record2 = raw;
      const time2 = readEpochMillis(record2.update_time_millis);
      if (!time2.ok) {
        rejected.push({ index, code: time2.code });
        return;
      }
      const description = typeof record2.description === "string" ? record2.description.trim() : "";
      events.push({ at: time2.at, description, ...classifyDescription(description) });
    });
    return { events, rejected };
  }
  function eventKey(event) {
    return `${event.at}|${foldDescription(event.description)}`;
  }
  function compareEvents(a, b) {
    if (a.at !== b.at) return a.at - b.at;
    const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
    if (rank !== 0) return rank;
    const ka = eventKey(a);
    const kb = eventKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
  function mergeEvents(existing, incoming) {
    const byKey = /* @__PURE__ */ new Map();
    for (const event of [...existing, ...incoming]) {
      if (!Number.isFinite(event.at)) continue;
      const key = eventKey(event);
      if (!byKey.has(key)) byKey.set(key, event);
    }
    return [...byKey.values()].sort(compareEvents);
  }
  const HOUR_MS$1 = 36e5;
  const DAY_MS$1 = 864e5;
  const QUARTER_HOUR_MS = 9e5;
  const formatters = /* @__PURE__ */ new Map();
  function formatterFor$1(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric"
      });
      formatters.set(timeZone, formatter);
    }
    return formatter;
  }
  const offsetCaches = /* @__PURE__ */ new Map();
  const OFFSET_CACHE_LIMIT = 5e4;
  function zoneOffsetMs(atMs, timeZone) {
    let cache2 = offsetCaches.get(timeZone);
    if (!cache2) {
      cache2 = /* @__PURE__ */ new Map();
      offsetCaches.set(timeZone, cache2);
    }
    const bucket = Math.floor(atMs / QUARTER_HOUR_MS);
    const cached2 = cache2.get(bucket);
    if (cached2 !== void 0) return cached2;
    const bucketStart = bucket * QUARTER_HOUR_MS;
    const parts = formatterFor$1(timeZone).formatToParts(bucketStart);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const hour = get("hour") % 24;
    const localAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), hour, get("minute"), get("second"));
    const offset = localAsUtc - bucketStart;
    if (cache2.size >= OFFSET_CACHE_LIMIT) cache2.clear();
    cache2.set(bucket, offset);
    return offset;
  }
  function isValidTimeZone(timeZone) {
    if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
    try {
      formatterFor$1(timeZone);
      return true;
    } catch {
      return false;
    }
  }
  function localDayNumber(atMs, timeZone) {
    return Math.floor((atMs + zoneOffsetMs(atMs, timeZone)) / DAY_MS$1);
  }
  function countCalendarDays(fromMs, toMs, timeZone) {
    return localDayNumber(toMs, timeZone) - localDayNumber(fromMs, timeZone);
  }
  const DEFAULT_SLA_FIGURES = {
    firstScanHours: { value: 4 },
    maxUpdateGapHours: { value: 24 },
    lostAfterDays: { value: 10 },
    // Not a platform figure: the product's warning lead time (issue 6, "first scan due within 30 min").
    dueSoonMinutes: { value: 30 }
  };
  const DELIVERY_BENCHMARK_DAYS = {
    US: { value: 3.2, source: "seed:S4" },
    GB: { value: 2.6, source: "seed:S5" },
    ID: { value: 2.8, source: "seed:S6" }
  };
  const MARKET_TIME_ZONES = {
    US: "America/Los_Angeles",
    GB: "Europe/London",
    ID: "Asia/Jakarta",
    TH: "Asia/Bangkok",
    VN: "Asia/Ho_Chi_Minh",
    MY: "Asia/Kuala_Lumpur",
    PH: "Asia/Manila",
    SG: "Asia/Singapore"
  };
  function defaultSlaPolicy(market) {
    const code = resolveMarket(market);
    if (!code) return void 0;
    const benchmark = DELIVERY_BENCHMARK_DAYS[code];
    return {
      firstScanHours: DEFAULT_SLA_FIGURES.firstScanHours.value,
      maxUpdateGapHours: DEFAULT_SLA_FIGURES.maxUpdateGapHours.value,
      ...benchmark ? { deliveryBenchmarkDays: benchmark.value } : {},
      timeZone: MARKET_TIME_ZONES[code],
      lostAfterDays: DEFAULT_SLA_FIGURES.lostAfterDays.value,
      dueSoonMinutes: DEFAULT_SLA_FIGURES.dueSoonMinutes.value
    };
  }
  function slaPolicyFromMarketRules(rules, timeZone) {
    const base = defaultSlaPolicy(rules.code);
    if (!base) return void 0;
    const { deliveryBenchmarkDays: _dropped, ...rest } = base;
    return {
      ...rest,
      firstScanHours: rules.sla?.firstScanWithinHours?.value ?? base.firstScanHours,
      maxUpdateGapHours: rules.sla?.trackingUpdateEveryHours?.value ?? base.maxUpdateGapHours,
      // The pack is the authority on benchmarks: a pack without one means "no benchmark on file".
      ...rules.deliveryBenchmark ? { deliveryBenchmarkDays: rules.deliveryBenchmark.maxCalendarDays } : {},
      timeZone: timeZone ?? base.timeZone
    };
  }
  const riskTexts = {
    "first-scan-due-soon": {
      en: "First carrier scan due within 30 minutes: hand the parcel to the carrier now (the platform expects it within 4 h of the label).",
      zh: "首次揽收扫描将在 30 分钟内到期：请立即交给承运商（平台要求面单生成后 4 小时内揽收）。"
    },
    "first-scan-overdue": {
      en: "No carrier scan 4 h after the label was created: the order may stay frozen in Pending Shipment. Check the carrier received the parcel and pushed the scan.",
      zh: '面单生成已超过 4 小时仍无承运商扫描：订单可能停留在"待发货"。请确认承运商已收件并推送了扫描。'
    },
    "no-update-24h": {
      en: "No tracking update for more than 24 h: the platform requires an update at least every 24 h. Ask the carrier for the parcel's status.",
      zh: "物流轨迹已超过 24 小时未更新：平台要求至少每 24 小时更新一次。请向承运商核实包裹状态。"
    },
    exception: {
      en: "The carrier reports an exception (refused, returned or a delivery problem). Exceptions above 1.3 % limit new order allocation.",
      zh: "承运商报告异常（拒收、退回或派送问题）。异常率超过 1.3% 会限制新订单分配。"
    },
    "past-benchmark": {
      en: "Still not delivered after the market's reference delivery time.",
      zh: "已超过该市场的参考妥投时效，仍未签收。"
    },
    "lost-suspected": {
      en: "Suspected lost: no carrier scan for 10 calendar days (or the carrier reports it lost). Open a claim with the carrier.",
      zh: "疑似丢件：连续 10 个自然日无承运商扫描（或承运商已报丢失）。请向承运商发起查件/理赔。"
    },
    "dispatch-due-4h": {
      en: "Ship-by deadline within 4 h: ship now to avoid a late dispatch.",
      zh: "距最晚发货时间不足 4 小时：请尽快发货，以免延迟发货。"
    },
    "dispatch-overdue": {
      en: "Past the ship-by deadline: this order counts as a late dispatch.",
      zh: "已超过最晚发货时间：该订单将计入延迟发货。"
    }
  };
  const TERMINAL_FOR_BENCHMARK = /* @__PURE__ */ new Set(["delivered", "returned", "lost"]);
  const EXCEPTION_STATUSES$1 = /* @__PURE__ */ new Set(["exception", "returned"]);
  function latestKnownStatus(events) {
    for (let i = events.length - 1; i >= 0; i--) {
      const status = events[i].status;
      if (status !== "unknown") return status;
    }
    return void 0;
  }
  function findDeliveredAt(events) {
    let deliveredAt;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.status === "unknown") continue;
      if (e.status !== "delivered") break;
      deliveredAt = e.at;
    }
    return deliveredAt;
  }
  function resolveLabelAt(input, events) {
    if (input.labelCreatedAt !== void 0 && Number.isFinite(input.labelCreatedAt)) {
      return { labelAt: input.labelCreatedAt, labelAtSource: "argument" };
    }
    const labelEvent = events.find((e) => e.status === "info-received");
    return labelEvent ? { labelAt: labelEvent.at, labelAtSource: "info-received-event" } : {};
  }
  function computeFirstScan(label, firstScanAt, now, policy) {
    if (label.labelAt === void 0) {
      return { state: "unknown", dueAt: void 0, reason: "no-label-time", ...firstScanAt !== void 0 ? { at: firstScanAt } : {} };
    }
    const dueAt = label.labelAt + policy.firstScanHours * HOUR_MS$1;
    if (firstScanAt !== void 0) {
      const base = { state: "met", dueAt, at: firstScanAt, ...label };
      if (firstScanAt < label.labelAt) base.timestampIssue = { code: "scan-before-label", byMs: label.labelAt - firstScanAt };
      if (firstScanAt <= dueAt) return base;
      return { ...base, state: "late", lateByMs: firstScanAt - dueAt };
    }
    if (now > dueAt) return { state: "overdue", dueAt, lateByMs: now - dueAt, ...label };
    const remainingMs = dueAt - now;
    const dueSoonMs = (policy.dueSoonMinutes ?? DEFAULT_SLA_FIGURES.dueSoonMinutes.value) * 6e4;
    return { state: remainingMs <= dueSoonMs ? "due-soon" : "pending", dueAt, remainingMs, ...label };
  }
  function computeLongestGap(points, limitMs) {
    let best = { ms: 0, breached: false };
    for (let i = 1; i < points.length; i++) {
      const ms = points[i] - points[i - 1];
      if (ms > best.ms) best = { ms, from: points[i - 1], to: points[i], breached: ms > limitMs };
    }
    return best;
  }
  function computeSlaClocks(input) {
    const { now, policy, market } = input;
    const events = mergeEvents([], input.events);
    const warnings = [];
    const timeZone = isValidTimeZone(policy.timeZone) ? policy.timeZone : "UTC";
    if (timeZone !== policy.timeZone) warnings.push({ code: "unknown-time-zone", timeZone: String(policy.timeZone) });
    const label = resolveLabelAt(input, events);
    const scans = events.filter((e) => e.isCarrierScan);
    const firstScanAt = scans[0]?.at;
    const lastCarrierScanAt = scans.at(-1)?.at;
    const lastEventAt = events.at(-1)?.at;
    let status = latestKnownStatus(events) ?? (label.labelAt !== void 0 ? "info-received" : "unknown");
    let deliveredAt = status === "delivered" ? findDeliveredAt(events) : void 0;
    if (deliveredAt === void 0 && input.deliveredAt !== void 0 && status !== "returned" && status !== "lost") {
      deliveredAt = input.deliveredAt;
      status = "delivered";
    }
    const delivered = status === "delivered";
    const firstScan = computeFirstScan(label, firstScanAt, now, policy);
    const gapLimitMs = policy.maxUpdateGapHours * HOUR_MS$1;
    const eventTimes = events.map((e) => e.at);
    const opensTrail = label.labelAt !== void 0 && (eventTimes.length === 0 || label.labelAt <= eventTimes[0]);
    const points = opensTrail ? [label.labelAt, ...eventTimes] : eventTimes;
    const longestGap = computeLongestGap(points, gapLimitMs);
    const since = points.at(-1);
    const currentGapMs = since === void 0 || delivered ? 0 : Math.max(0, now - since);
    const currentGap = {
      ms: currentGapMs,
      ...since !== void 0 ? { since } : {},
      breached: !delivered && currentGapMs > gapLimitMs
    };
    const transit = computeTransit(label.labelAt, events[0]?.at, delivered ? deliveredAt : void 0, now, policy, timeZone);
    const risks = collectRisks({ firstScan, currentGap, transit, status, delivered, lastCarrierScanAt, labelAt: label.labelAt, now, policy, timeZone });
    return {
      market,
      now,
      firstScan,
      longestGap,
      currentGap,
      transit,
      status,
      ...lastEventAt !== void 0 ? { lastEventAt } : {},
      ...lastCarrierScanAt !== void 0 ? { lastCarrierScanAt } : {},
      carrierScanCount: scans.length,
      risks,
      warnings
    };
  }
  function computeTransit(labelAt, firstEventAt, deliveredAt, now, policy, timeZone) {
    const delivered = deliveredAt !== void 0;
    const benchmark = policy.deliveryBenchmarkDays;
    const from = labelAt ?? firstEventAt;
    const base = {
      delivered,
      ...delivered ? { deliveredAt } : {},
      ...benchmark !== void 0 ? { benchmarkDays: benchmark } : {},
      overBenchmark: false,
      timeZone
    };
    if (from === void 0) return base;
    const to = deliveredAt ?? now;
    const calendarDays = countCalendarDays(from, to, timeZone);
    return {
      ...base,
      calendarDays,
      elapsedMs: to - from,
      from,
      fromSource: labelAt !== void 0 ? "label" : "first-event",
      to,
      overBenchmark: benchmark !== void 0 && calendarDays > benchmark
    };
  }
  function collectRisks(c) {
    if (c.delivered) return [];
    const risks = [];
    if (c.firstScan.state === "due-soon") risks.push("first-scan-due-soon");
    if (c.firstScan.state === "overdue") risks.push("first-scan-overdue");
    if (c.currentGap.breached) risks.push("no-update-24h");
    if (EXCEPTION_STATUSES$1.has(c.status)) risks.push("exception");
    if (c.transit.overBenchmark && !TERMINAL_FOR_BENCHMARK.has(c.status)) risks.push("past-benchmark");
    if (isLostSuspected(c)) risks.push("lost-suspected");
    return risks;
  }
  function isLostSuspected(c) {
    if (c.status === "lost") return true;
    if (c.status === "returned") return false;
    const quietSince = c.lastCarrierScanAt ?? c.labelAt;
    if (quietSince === void 0) return false;
    const limitDays = c.policy.lostAfterDays ?? DEFAULT_SLA_FIGURES.lostAfterDays.value;
    return countCalendarDays(quietSince, c.now, c.timeZone) >= limitDays;
  }
  const WARNING_STEPS = [
    { withinMs: 4 * HOUR_MS$1, state: "within-4h" },
    { withinMs: 12 * HOUR_MS$1, state: "within-12h" },
    { withinMs: 24 * HOUR_MS$1, state: "within-24h" }
  ];
  function computeDispatchDeadline(input) {
    const { shipByAt, shippedAt, now } = input;
    if (shipByAt === void 0 || !Number.isFinite(shipByAt)) {
      return { state: "unknown", deadlineAt: void 0, remainingMs: void 0, reason: "no-ship-by-time", risks: [] };
    }
    if (shippedAt !== void 0 && Number.isFinite(shippedAt)) {
      const margin = shipByAt - shippedAt;
      return margin >= 0 ? { state: "met", deadlineAt: shipByAt, remainingMs: margin, risks: [] } : { state: "late", deadlineAt: shipByAt, remainingMs: margin, lateByMs: -margin, risks: [] };
    }
    const remainingMs = shipByAt - now;
    if (remainingMs < 0) {
      return { state: "overdue", deadlineAt: shipByAt, remainingMs, lateByMs: -remainingMs, risks: ["dispatch-overdue"] };
    }
    const step = WARNING_STEPS.find((s) => remainingMs <= s.withinMs);
    const state = step?.state ?? "ok";
    return { state, deadlineAt: shipByAt, remainingMs, risks: state === "within-4h" ? ["dispatch-due-4h"] : [] };
  }
  function secondsToMs(value) {
    if (value === null || value === void 0) return void 0;
    const n2 = typeof value === "number" ? value : /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(n2) || n2 <= 0) return void 0;
    return Math.round(n2 * 1e3);
  }
  function readApiOrderTimes(order) {
    const out = {};
    const set = (key, value) => {
      const ms = secondsToMs(value);
      if (ms !== void 0) out[key] = ms;
    };
    set("createdAt", order.create_time);
    set("paidAt", order.paid_time);
    set("shipByAt", order.rts_sla_time);
    set("collectByAt", order.tts_sla_time);
    set("cancelUnlessCollectionArrangedAt", order.shipping_due_time);
    set("cancelUnlessCollectedAt", order.collection_due_time);
    set("shippedAt", order.rts_time);
    set("collectedAt", order.collection_time);
    set("deliveredAt", order.delivery_time);
    for (const field of ["delivery_sla_time", "delivery_option_required_delivery_time", "delivery_due_time"]) {
      const ms = secondsToMs(order[field]);
      if (ms !== void 0) {
        out.deliveryDueAt = ms;
        out.deliveryDueField = field;
        break;
      }
    }
    return out;
  }
  const n = (en2, zh) => ({ en: en2, zh });
  const FORMAT_CHAR = new RegExp("^\\p{Cf}$", "u");
  const SPACE_CHAR = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;
  const MARK_CHAR = new RegExp("^\\p{M}$", "u");
  const HAN_CHAR = new RegExp("^\\p{Script=Han}$", "u");
  const KANA_CHAR = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;
  const HANGUL_CHAR = new RegExp("^\\p{Script=Hangul}$", "u");
  const THAI_CHAR = new RegExp("^\\p{Script=Thai}$", "u");
  const LATIN_LETTER = new RegExp("^\\p{Script=Latin}$", "u");
  function cls(code, name, visible, replacement, autoFixable) {
    return { code, name, visible, replacement, autoFixable };
  }
  const WS = (name) => cls("whitespace", name, false, "", true);
  const INVISIBLE = (name) => cls("zero-width", name, false, "", true);
  const CJK = (name) => cls("cjk", name, true, "", false);
  const ILLEGAL = (name, visible = true) => cls("illegal-char", name, visible, "", false);
  const NAMED = /* @__PURE__ */ new Map([
    [32, WS(n("Space", "空格"))],
    [9, WS(n("Tab", "制表符"))],
    [10, WS(n("Line break", "换行符"))],
    [13, WS(n("Carriage return", "回车符"))],
    [11, WS(n("Vertical tab", "垂直制表符"))],
    [12, WS(n("Form feed", "换页符"))],
    [160, WS(n("No-break space", "不间断空格"))],
    [12288, WS(n("Full-width ideographic space", "全角空格"))],
    [8203, INVISIBLE(n("Zero-width space", "零宽空格"))],
    [8204, INVISIBLE(n("Zero-width non-joiner", "零宽非连接符"))],
    [8205, INVISIBLE(n("Zero-width joiner", "零宽连接符"))],
    [8288, INVISIBLE(n("Zero-width word joiner", "零宽连字符"))],
    [65279, INVISIBLE(n("Byte order mark / zero-width no-break space", "字节顺序标记／零宽不换行空格"))],
    [173, INVISIBLE(n("Invisible soft hyphen", "不可见软连字符"))],
    [65288, CJK(n("Full-width bracket", "全角括号"))],
    [65289, CJK(n("Full-width bracket", "全角括号"))],
    [12304, CJK(n("CJK bracket", "中文方头括号"))],
    [12305, CJK(n("CJK bracket", "中文方头括号"))],
    [12300, CJK(n("CJK corner bracket", "中文直角引号"))],
    [12301, CJK(n("CJK corner bracket", "中文直角引号"))],
    [12302, CJK(n("CJK corner bracket", "中文直角引号"))],
    [12303, CJK(n("CJK corner bracket", "中文直角引号"))],
    [12296, CJK(n("CJK angle bracket", "中文书名号"))],
    [12297, CJK(n("CJK angle bracket", "中文书名号"))],
    [12298, CJK(n("CJK angle bracket", "中文书名号"))],
    [12299, CJK(n("CJK angle bracket", "中文书名号"))],
    [65292, CJK(n("Full-width comma", "全角逗号"))],
    [12289, CJK(n("Ideographic comma", "顿号"))],
    [12290, CJK(n("Ideographic full stop", "中文句号"))],
    [65306, CJK(n("Full-width colon", "全角冒号"))],
    [65293, CJK(n("Full-width hyphen", "全角连字符"))],
    [45, ILLEGAL(n("Hyphen", "连字符"))],
    [8208, ILLEGAL(n("Hyphen", "连字符"))],
    [8209, ILLEGAL(n("Non-breaking hyphen", "不换行连字符"))],
    [8210, ILLEGAL(n("Dash", "破折号"))],
    [8211, ILLEGAL(n("En dash", "短破折号"))],
    [8212, ILLEGAL(n("Em dash", "长破折号"))],
    [8213, ILLEGAL(n("Horizontal bar", "水平线"))],
    [8722, ILLEGAL(n("Minus sign", "减号"))]
  ]);
  const LOWERCASE = cls("lowercase", n("Lowercase letter", "小写字母"), true, "", true);
  const ASCII_CONTROL = ILLEGAL(n("Control character", "控制字符"), false);
  const ASCII_SYMBOL = ILLEGAL(n("Character", "字符"));
  const SPACE_OTHER = WS(n("Unicode space", "Unicode 空格字符"));
  const FORMAT_OTHER = INVISIBLE(n("Invisible formatting character", "不可见格式字符"));
  const FULLWIDTH_DIGIT = n("Full-width digit", "全角数字");
  const FULLWIDTH_LETTER = n("Full-width letter", "全角字母");
  const FULLWIDTH_PUNCT = CJK(n("Full-width punctuation", "全角标点"));
  const HALFWIDTH_CJK = CJK(n("Half-width CJK form", "半角中日韩字符"));
  const CJK_PUNCT = CJK(n("CJK punctuation", "中文标点"));
  const HAN = CJK(n("Chinese character", "汉字"));
  const KANA = CJK(n("Japanese kana", "日文假名"));
  const HANGUL = CJK(n("Korean letter", "韩文字母"));
  const CJK_OTHER = CJK(n("CJK character", "中日韩字符"));
  const THAI = ILLEGAL(n("Thai character", "泰文字符"));
  const MARK = ILLEGAL(n("Combining accent mark", "组合声调或重音符号"), false);
  const LONE_SURROGATE = ILLEGAL(n("Broken character, an unpaired surrogate", "损坏的字符，孤立代理项"), false);
  const OTHER = ILLEGAL(n("Character", "字符"));
  function isCjkBlock(cp) {
    return cp >= 11904 && cp <= 12255 || // radicals
    cp >= 12288 && cp <= 13311 || // symbols & punctuation, kana, bopomofo, compatibility
    cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 63744 && cp <= 64255 || cp >= 65040 && cp <= 65055 || // vertical forms
    cp >= 65072 && cp <= 65103 || // CJK compatibility forms
    cp >= 131072 && cp <= 262143;
  }
  function baseLatinLetter(char) {
    const base = char.normalize("NFD").charCodeAt(0);
    if (base >= 65 && base <= 90) return String.fromCharCode(base);
    if (base >= 97 && base <= 122) return String.fromCharCode(base - 32);
    if (char === "Đ" || char === "đ") return "D";
    return void 0;
  }
  function classifyCodePoint(cp) {
    if (cp >= 97 && cp <= 122) return { ...LOWERCASE, replacement: String.fromCharCode(cp - 32) };
    const named = NAMED.get(cp);
    if (named) return named;
    if (cp < 32 || cp >= 127 && cp <= 159) return ASCII_CONTROL;
    if (cp < 128) return ASCII_SYMBOL;
    if (cp >= 55296 && cp <= 57343) return LONE_SURROGATE;
    if (cp >= 65296 && cp <= 65305) return cls("fullwidth", FULLWIDTH_DIGIT, true, String.fromCharCode(cp - 65248), true);
    if (cp >= 65313 && cp <= 65338) return cls("fullwidth", FULLWIDTH_LETTER, true, String.fromCharCode(cp - 65248), true);
    if (cp >= 65345 && cp <= 65370) return cls("fullwidth", FULLWIDTH_LETTER, true, String.fromCharCode(cp - 65248 - 32), true);
    if (cp >= 65281 && cp <= 65374) return FULLWIDTH_PUNCT;
    if (cp >= 65375 && cp <= 65503) return HALFWIDTH_CJK;
    if (cp >= 65504 && cp <= 65518) return FULLWIDTH_PUNCT;
    const char = String.fromCodePoint(cp);
    if (SPACE_CHAR.test(char)) return SPACE_OTHER;
    if (FORMAT_CHAR.test(char)) return FORMAT_OTHER;
    if (HAN_CHAR.test(char)) return HAN;
    if (KANA_CHAR.test(char)) return KANA;
    if (HANGUL_CHAR.test(char)) return HANGUL;
    if (isCjkBlock(cp)) return cp >= 12288 && cp <= 12351 ? CJK_PUNCT : CJK_OTHER;
    if (THAI_CHAR.test(char)) return THAI;
    if (MARK_CHAR.test(char)) return MARK;
    if (LATIN_LETTER.test(char)) {
      const base = baseLatinLetter(char);
      if (base) return cls("illegal-char", n("Accented letter", "带声调或重音的字母"), true, base, false);
    }
    return OTHER;
  }
  function isWaybillCharCode(code) {
    return code >= 48 && code <= 57 || code >= 65 && code <= 90;
  }
  function findFirstNonWaybillUnit(text) {
    for (let i = 0; i < text.length; i++) {
      if (!isWaybillCharCode(text.charCodeAt(i))) return i;
    }
    return -1;
  }
  function scanCharacters(text) {
    const findings = [];
    let cleaned = "";
    let firstKeptIndex = -1;
    let lastKeptIndex = -1;
    let index = 0;
    for (let i = 0; i < text.length; i++, index++) {
      const unit = text.charCodeAt(i);
      if (isWaybillCharCode(unit)) {
        cleaned += text[i];
        if (firstKeptIndex < 0) firstKeptIndex = index;
        lastKeptIndex = index;
        continue;
      }
      let cp = unit;
      if (unit >= 55296 && unit <= 56319 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          cp = (unit - 55296) * 1024 + (low - 56320) + 65536;
          i++;
        }
      }
      const found = classifyCodePoint(cp);
      findings.push({ cls: found, index, codePoint: cp, char: cp >= 55296 && cp <= 57343 ? "" : String.fromCodePoint(cp) });
      if (found.replacement) {
        cleaned += found.replacement;
        if (firstKeptIndex < 0) firstKeptIndex = index;
        lastKeptIndex = index;
      }
    }
    return { cleaned, findings, firstKeptIndex, lastKeptIndex };
  }
  const CODE_0 = 48;
  const CODE_9 = 57;
  const CODE_A = 65;
  const CODE_Z = 90;
  function digitAt(text, index) {
    const code = text.charCodeAt(index);
    return code >= CODE_0 && code <= CODE_9 ? code - CODE_0 : -1;
  }
  function computeGs1Mod10(data) {
    let sum = 0;
    let weight = 3;
    for (let i = data.length - 1; i >= 0; i--) {
      const d = digitAt(data, i);
      if (d < 0) return void 0;
      sum += d * weight;
      weight = weight === 3 ? 1 : 3;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeUpsMod10(data) {
    let sum = 0;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      let value;
      if (code >= CODE_0 && code <= CODE_9) value = code - CODE_0;
      else if (code >= CODE_A && code <= CODE_Z) value = (code - 3) % 10;
      else return void 0;
      sum += i % 2 === 0 ? value : value * 2;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeAlternating12Mod10(data) {
    let sum = 0;
    for (let i = 0; i < data.length; i++) {
      const d = digitAt(data, i);
      if (d < 0) return void 0;
      sum += i % 2 === 0 ? d : d * 2;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeFedexMod11(data) {
    let sum = 0;
    let step = 0;
    for (let i = data.length - 1; i >= 0; i--) {
      const d = digitAt(data, i);
      if (d < 0) return void 0;
      sum += d * (step === 0 ? 1 : step === 1 ? 3 : 7);
      step = step === 2 ? 0 : step + 1;
    }
    return String(sum % 11 % 10);
  }
  const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
  function computeS10Check(serial) {
    if (serial.length !== S10_WEIGHTS.length) return void 0;
    let sum = 0;
    for (let i = 0; i < S10_WEIGHTS.length; i++) {
      const d = digitAt(serial, i);
      if (d < 0) return void 0;
      sum += d * S10_WEIGHTS[i];
    }
    const c = 11 - sum % 11;
    return String(c === 10 ? 0 : c === 11 ? 5 : c);
  }
  function computeMod7(data) {
    let rest = 0;
    for (let i = 0; i < data.length; i++) {
      const d = digitAt(data, i);
      if (d < 0) return void 0;
      rest = (rest * 10 + d) % 7;
    }
    return String(rest);
  }
  const MOD37_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  function computeMod3736(data) {
    let p = 36;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      let v;
      if (code >= CODE_0 && code <= CODE_9) v = code - CODE_0;
      else if (code >= CODE_A && code <= CODE_Z) v = code - CODE_A + 10;
      else return void 0;
      p = (p + v) % 36;
      if (p === 0) p = 36;
      p = p * 2 % 37;
    }
    return MOD37_ALPHABET[(37 - p) % 36];
  }
  const ISO_3166_ALPHA2 = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";
  const S10_COUNTRY_CODES = new Set(ISO_3166_ALPHA2.split(" "));
  function isS10CountryCode(code) {
    return S10_COUNTRY_CODES.has(code);
  }
  const REF_US = "ref:carriers-and-labels#1.2";
  const REF_UK = "ref:carriers-and-labels#1.3";
  const REF_S10 = "ref:carriers-and-labels#1.4";
  const REF_SEA = "ref:carriers-and-labels#1.5";
  function checkLast(compute, dataStart = 0) {
    return (n2) => {
      const expected = compute(n2.slice(dataStart, -1)) ?? "?";
      const found = n2.charAt(n2.length - 1);
      return { ok: expected === found, expected: [expected], found };
    };
  }
  function isUspsApplicationId(n2, at) {
    const second = n2.charCodeAt(at + 1);
    return n2.charCodeAt(at) === 57 && second >= 49 && second <= 53;
  }
  function checkUsps20(inner) {
    const data = inner.slice(0, -1);
    const plain = computeGs1Mod10(data) ?? "?";
    const with91 = computeGs1Mod10("91" + data) ?? "?";
    const found = inner.charAt(inner.length - 1);
    return { ok: found === plain || found === with91, expected: plain === with91 ? [plain] : [plain, with91], found };
  }
  function checkRoutedImpb(n2) {
    const splits = [8, 12].filter((at) => n2.length - at >= 22 && isUspsApplicationId(n2, at));
    let first;
    for (const at of splits) {
      const outcome = checkLast(computeGs1Mod10, at)(n2);
      if (outcome.ok) return outcome;
      first ??= outcome;
    }
    return first ?? { ok: false, expected: ["?"], found: n2.charAt(n2.length - 1) };
  }
  function checkRoutedLegacy20(n2) {
    return checkUsps20(n2.slice(n2.length - 20));
  }
  function checkS10(n2) {
    const expected = computeS10Check(n2.slice(2, 10)) ?? "?";
    const found = n2.charAt(10);
    return { ok: expected === found, expected: [expected], found };
  }
  function findS10Problem(n2) {
    const country = n2.slice(11, 13);
    if (isS10CountryCode(country)) return void 0;
    return {
      en: `"${country}" is not a country code; the last two letters of a postal (S10) number name the issuing country`,
      zh: `“${country}”不是国家代码；邮政（S10）单号的最后两个字母是发件邮政所属国家/地区代码`
    };
  }
  function checkOntrac(n2) {
    const prefix = n2.charAt(0) === "C" ? "4" : "5";
    const expected = computeAlternating12Mod10(prefix + n2.slice(1, 14)) ?? "?";
    const found = n2.charAt(14);
    return { ok: expected === found, expected: [expected], found };
  }
  function checkFedexSmartPost(n2) {
    const inner = n2.length === 30 ? n2.slice(8) : n2.length === 20 ? "92" + n2 : n2;
    return checkLast(computeGs1Mod10)(inner);
  }
  const digits = (count) => ({ en: `${count} digits`, zh: `${count} 位数字` });
  const WAYBILL_FORMATS = [
    // ── USPS (ref §1.2) ────────────────────────────────────────────────────────────────────────
    {
      id: "usps-impb-22",
      owner: "usps",
      name: { en: "USPS IMpb (22 digits)", zh: "USPS IMpb（22 位）" },
      shape: { en: "22 digits starting 92, 93, 94 or 95", zh: "以 92、93、94 或 95 开头的 22 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 22,
      maxLength: 22,
      pattern: /^9[2-5]\d{20}$/,
      verifyCheck: checkLast(computeGs1Mod10),
      source: REF_US
    },
    {
      id: "usps-legacy-22",
      owner: "usps",
      name: { en: "USPS legacy (91 + 20 digits)", zh: "USPS 旧版（91 + 20 位）" },
      shape: { en: "22 digits starting 91", zh: "以 91 开头的 22 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 22,
      maxLength: 22,
      pattern: /^91\d{20}$/,
      verifyCheck: checkLast(computeGs1Mod10),
      source: REF_US
    },
    {
      id: "usps-impb-26",
      owner: "usps",
      name: { en: "USPS IMpb (26 digits)", zh: "USPS IMpb（26 位）" },
      shape: { en: "26 digits starting 91–95", zh: "以 91–95 开头的 26 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 26,
      maxLength: 26,
      pattern: /^9[1-5]\d{24}$/,
      verifyCheck: checkLast(computeGs1Mod10),
      source: REF_US
    },
    {
      id: "usps-impb-30",
      owner: "usps",
      name: { en: "USPS IMpb with ZIP routing (420 + ZIP + 22 digits)", zh: "USPS IMpb 含邮编路由（420 + 邮编 + 22 位）" },
      shape: { en: "420 + 5-digit ZIP + a 22-digit number starting 91–95", zh: "420 + 5 位邮编 + 以 91–95 开头的 22 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 30,
      maxLength: 30,
      pattern: /^420\d{5}9[1-5]\d{20}$/,
      verifyCheck: checkRoutedImpb,
      source: REF_US
    },
    {
      id: "usps-impb-34",
      owner: "usps",
      name: { en: "USPS IMpb with ZIP+4 routing (34 digits)", zh: "USPS IMpb 含 ZIP+4 路由（34 位）" },
      shape: {
        en: "420 + 9-digit ZIP+4 + a 22-digit number (or 420 + ZIP + 26 digits)",
        zh: "420 + 9 位 ZIP+4 + 22 位单号（或 420 + 5 位邮编 + 26 位）"
      },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 34,
      maxLength: 34,
      pattern: /^420(?:\d{9}9[1-5]\d{20}|\d{5}9[1-5]\d{24})$/,
      verifyCheck: checkRoutedImpb,
      source: REF_US
    },
    {
      id: "usps-legacy-20",
      owner: "usps",
      name: { en: "USPS legacy (20 digits)", zh: "USPS 旧版（20 位）" },
      shape: digits("20"),
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: false,
      markets: ["US"],
      minLength: 20,
      maxLength: 20,
      pattern: /^\d{20}$/,
      verifyCheck: checkUsps20,
      source: REF_US
    },
    {
      id: "usps-legacy-20-routed",
      owner: "usps",
      name: { en: "USPS legacy with ZIP routing (420 + ZIP + 20 digits)", zh: "USPS 旧版含邮编路由（420 + 邮编 + 20 位）" },
      shape: { en: "420 + 5- or 9-digit ZIP + 20 digits", zh: "420 + 5 或 9 位邮编 + 20 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 28,
      maxLength: 32,
      lengths: [28, 32],
      pattern: /^420(?:\d{5}|\d{9})\d{20}$/,
      verifyCheck: checkRoutedLegacy20,
      source: REF_US
    },
    // ── UPU S10: every national post (ref §1.4) ───────────────────────────────────────────────
    {
      id: "upu-s10",
      owner: "upu-post",
      name: { en: "UPU S10 postal number", zh: "UPU S10 邮政单号" },
      shape: {
        en: "2 letters + 8 digits + check digit + 2-letter country (13 characters, e.g. RB123456785GB)",
        zh: "2 个字母 + 8 位数字 + 1 位校验位 + 2 个字母国家代码（共 13 位，如 RB123456785GB）"
      },
      evidence: "published",
      checkScheme: "s10-mod11",
      distinctive: true,
      markets: "any",
      minLength: 13,
      maxLength: 13,
      pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/,
      verifyCheck: checkS10,
      findProblem: findS10Problem,
      source: REF_S10
    },
    // ── UPS (ref §1.2) ────────────────────────────────────────────────────────────────────────
    {
      id: "ups-1z",
      owner: "ups",
      name: { en: "UPS 1Z", zh: "UPS 1Z 单号" },
      shape: { en: "1Z + 15 letters/digits + check digit (18 characters)", zh: "1Z + 15 位字母或数字 + 1 位校验位（共 18 位）" },
      evidence: "published",
      checkScheme: "ups-mod10",
      distinctive: true,
      markets: "any",
      minLength: 18,
      maxLength: 18,
      pattern: /^1Z[0-9A-Z]{15}\d$/,
      verifyCheck: checkLast(computeUpsMod10, 2),
      source: REF_US
    },
    {
      id: "ups-waybill",
      owner: "ups",
      name: { en: "UPS waybill (11 characters)", zh: "UPS 运单（11 位）" },
      shape: { en: "A, H, J, K, T or V + 10 digits", zh: "A、H、J、K、T 或 V + 10 位数字" },
      evidence: "published",
      checkScheme: "alternating-mod10",
      distinctive: false,
      markets: "any",
      minLength: 11,
      maxLength: 11,
      pattern: /^[AHJKTV]\d{10}$/,
      verifyCheck: checkLast(computeAlternating12Mod10, 1),
      source: REF_US
    },
    // ── FedEx (ref §1.2) ──────────────────────────────────────────────────────────────────────
    {
      id: "fedex-express-12",
      owner: "fedex",
      name: { en: "FedEx Express (12 digits)", zh: "FedEx Express（12 位）" },
      shape: digits("12"),
      evidence: "published",
      checkScheme: "fedex-mod11",
      distinctive: false,
      markets: "any",
      minLength: 12,
      maxLength: 12,
      pattern: /^\d{12}$/,
      verifyCheck: checkLast(computeFedexMod11),
      source: REF_US
    },
    {
      id: "fedex-ground-15",
      owner: "fedex",
      name: { en: "FedEx Ground (15 digits)", zh: "FedEx Ground（15 位）" },
      shape: digits("15"),
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: false,
      markets: "any",
      minLength: 15,
      maxLength: 15,
      pattern: /^\d{15}$/,
      verifyCheck: checkLast(computeGs1Mod10),
      source: REF_US
    },
    {
      id: "fedex-ground-96",
      owner: "fedex",
      name: { en: "FedEx Ground 96 (22 digits)", zh: "FedEx Ground 96（22 位）" },
      shape: { en: "22 digits starting 96", zh: "以 96 开头的 22 位数字" },
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: true,
      markets: "any",
      minLength: 22,
      maxLength: 22,
      pattern: /^96\d{20}$/,
      // ref §5: the check covers only the embedded 15-digit Ground number (last 15 digits).
      verifyCheck: checkLast(computeGs1Mod10, 7),
      source: REF_US
    },
    {
      id: "fedex-sscc-18",
      owner: "fedex",
      name: { en: "FedEx SSCC-18", zh: "FedEx SSCC-18" },
      shape: digits("18"),
      evidence: "published",
      checkScheme: "gs1-mod10",
      distinctive: false,
      markets: "any",
      minLength: 18,
      maxLength: 18,
      pattern: /^\d{18}$/,
      verifyCheck: checkLast(computeGs1Mod10),
      source: REF_US
    },
    {
      id: "fedex-express-34",
      owner: "fedex",
      name: { en: "FedEx Express barcode (34 digits)", zh: "FedEx Express 条码（34 位）" },
      shape: { en: "34 digits starting 10, ending in the 12-digit tracking number", zh: "以 10 开头、以 12 位运单号结尾的 34 位数字" },
      evidence: "published",
      checkScheme: "fedex-mod11",
      distinctive: true,
      markets: "any",
      minLength: 34,
      maxLength: 34,
      pattern: /^10\d{32}$/,
      verifyCheck: checkLast(computeFedexMod11, 22),
      source: REF_US
    },
    {
      id: "fedex-ground-gsn-34",
      owner: "fedex",
      name: { en: "FedEx Ground GSN barcode (34 digits)", zh: "FedEx Ground GSN 条码（34 位）" },
      shape: { en: "34 digits starting 96, ending in the 12-digit tracking number", zh: "以 96 开头、以 12 位运单号结尾的 34 位数字" },
      evidence: "published",
      checkScheme: "fedex-mod11",
      distinctive: true,
      markets: "any",
      minLength: 34,
      maxLength: 34,
      pattern: /^96\d{32}$/,
      verifyCheck: checkLast(computeFedexMod11, 22),
      source: REF_US
    },
    {
      // ref §1.2 marks FedEx SmartPost UNCONFIRMED; the dataset attributes USPS numbers with service
      // code 29 to it. The check digit is USPS's, so the number is verifiable, its carrier is not.
      id: "fedex-smartpost",
      owner: "fedex",
      name: { en: "FedEx SmartPost (USPS-delivered)", zh: "FedEx SmartPost（由 USPS 派送）" },
      shape: { en: "a USPS-style number with service code 29", zh: "服务代码为 29 的 USPS 格式单号" },
      evidence: "unconfirmed",
      checkScheme: "gs1-mod10",
      distinctive: false,
      markets: ["US"],
      minLength: 20,
      maxLength: 30,
      lengths: [20, 22, 30],
      pattern: /^(?:(?:420\d{5})?92)?\d{2}29\d{16}$/,
      verifyCheck: checkFedexSmartPost,
      source: REF_US
    },
    // ── DHL (ref §1.2, §1.5) ──────────────────────────────────────────────────────────────────
    {
      id: "dhl-express",
      owner: "dhl-express",
      name: { en: "DHL Express waybill", zh: "DHL Express 运单" },
      shape: digits("10–11"),
      evidence: "published",
      checkScheme: "mod7",
      distinctive: false,
      markets: "any",
      minLength: 10,
      maxLength: 11,
      pattern: /^\d{10,11}$/,
      verifyCheck: checkLast(computeMod7),
      source: REF_US
    },
    {
      id: "dhl-express-piece",
      owner: "dhl-express",
      name: { en: "DHL Express piece ID", zh: "DHL Express 件号" },
      shape: { en: "JJD or JVGL + 9–10 digits", zh: "JJD 或 JVGL + 9–10 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: "any",
      minLength: 12,
      maxLength: 14,
      pattern: /^(?:JJD|JVGL)\d{9,10}$/,
      source: REF_US
    },
    {
      // `GM` is DHL eCommerce's own prefix; the other prefixes (LX, RX, CN, TH …) are shared with
      // postal service indicators and country-prefixed numbers of other carriers.
      id: "dhl-ecommerce-gm",
      owner: "dhl-ecommerce",
      name: { en: "DHL eCommerce (GM)", zh: "DHL eCommerce（GM 开头）" },
      shape: { en: "GM + 10–39 letters/digits", zh: "GM + 10–39 位字母或数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: ["US", "TH", "MY", "ID", "VN", "SG"],
      minLength: 12,
      maxLength: 41,
      // ref §1.2 says "10–39 alphanumerics" (the dataset's own examples happen to be all digits).
      pattern: /^GM[0-9A-Z]{10,39}$/,
      source: REF_US
    },
    {
      id: "dhl-ecommerce",
      owner: "dhl-ecommerce",
      name: { en: "DHL eCommerce", zh: "DHL eCommerce" },
      shape: {
        en: "LX, RX, UV, CN, SG, TH, IN, HK or MY + 10–39 letters/digits",
        zh: "LX、RX、UV、CN、SG、TH、IN、HK 或 MY + 10–39 位字母或数字"
      },
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["US", "TH", "MY", "ID", "VN", "SG"],
      minLength: 12,
      maxLength: 41,
      pattern: /^(?:LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9A-Z]{10,39}$/,
      source: REF_US
    },
    {
      id: "dhl-ecommerce-14",
      owner: "dhl-ecommerce",
      name: { en: "DHL eCommerce (14 digits)", zh: "DHL eCommerce（14 位）" },
      shape: digits("14"),
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["US", "TH", "MY", "ID", "VN", "SG"],
      minLength: 14,
      maxLength: 14,
      pattern: /^\d{14}$/,
      source: REF_US
    },
    // ── Other US carriers (ref §1.2) ──────────────────────────────────────────────────────────
    {
      id: "amazon-logistics",
      owner: "amazon-logistics",
      name: { en: "Amazon Logistics", zh: "Amazon Logistics" },
      shape: { en: "TBA, TBC or TBM + 12 digits", zh: "TBA、TBC 或 TBM + 12 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: ["US"],
      minLength: 15,
      maxLength: 15,
      pattern: /^TB[ACM]\d{12}$/,
      source: REF_US
    },
    {
      id: "ontrac",
      owner: "ontrac",
      name: { en: "OnTrac", zh: "OnTrac" },
      shape: { en: "C or D + 14 digits", zh: "C 或 D + 14 位数字" },
      evidence: "published",
      checkScheme: "alternating-mod10",
      distinctive: true,
      markets: ["US"],
      minLength: 15,
      maxLength: 15,
      pattern: /^[CD]\d{14}$/,
      verifyCheck: checkOntrac,
      source: REF_US
    },
    {
      id: "gofo",
      owner: "gofo",
      name: { en: "GOFO Express", zh: "GOFO Express" },
      shape: { en: "GFUS + 14 digits", zh: "GFUS + 14 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: ["US"],
      minLength: 18,
      maxLength: 18,
      pattern: /^GFUS\d{14}$/,
      source: REF_US
    },
    // ── UK (ref §1.3) ─────────────────────────────────────────────────────────────────────────
    {
      // "Some domestic services reportedly use other lengths (9, 21 chars)" — UNCONFIRMED, so these
      // lengths are never rejected for Royal Mail, and never used to name it either.
      id: "royal-mail-domestic-other",
      owner: "royal-mail",
      name: { en: "Royal Mail domestic (9 or 21 characters, reported)", zh: "英国皇家邮政国内（据称 9 或 21 位）" },
      shape: { en: "9 or 21 letters/digits", zh: "9 或 21 位字母或数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 9,
      maxLength: 21,
      lengths: [9, 21],
      pattern: /^(?:[0-9A-Z]{9}|[0-9A-Z]{21})$/,
      source: REF_UK
    },
    {
      id: "parcelforce-9",
      owner: "parcelforce",
      name: { en: "Parcelforce (9 characters)", zh: "Parcelforce（9 位）" },
      shape: { en: "2 letters + 7 digits", zh: "2 个字母 + 7 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 9,
      maxLength: 9,
      pattern: /^[A-Z]{2}\d{7}$/,
      source: REF_UK
    },
    {
      id: "parcelforce-14",
      owner: "parcelforce",
      name: { en: "Parcelforce (14 characters)", zh: "Parcelforce（14 位）" },
      shape: { en: "4 letters + 10 digits", zh: "4 个字母 + 10 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 14,
      maxLength: 14,
      pattern: /^[A-Z]{4}\d{10}$/,
      source: REF_UK
    },
    {
      id: "parcelforce-export-12",
      owner: "parcelforce",
      name: { en: "Parcelforce export (12 digits)", zh: "Parcelforce 出口（12 位）" },
      shape: digits("12"),
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 12,
      maxLength: 12,
      pattern: /^\d{12}$/,
      source: REF_UK
    },
    {
      id: "dpd-15",
      owner: "dpd-uk",
      name: { en: "DPD parcel number with check character", zh: "DPD 包裹号（含校验字符）" },
      shape: { en: "14 digits + check character", zh: "14 位数字 + 1 个校验字符" },
      evidence: "published",
      checkScheme: "mod37-36",
      distinctive: false,
      markets: ["GB"],
      minLength: 15,
      maxLength: 15,
      pattern: /^\d{14}[0-9A-Z]$/,
      verifyCheck: checkLast(computeMod3736),
      source: REF_UK
    },
    {
      id: "dpd-28",
      owner: "dpd-uk",
      name: { en: "DPD barcode (28 characters)", zh: "DPD 条码（28 位）" },
      shape: {
        en: "7-character postcode + 14-digit parcel + 3-digit service + 3-digit country + check character",
        zh: "7 位邮编 + 14 位包裹号 + 3 位服务代码 + 3 位国家代码 + 1 个校验字符"
      },
      evidence: "published",
      checkScheme: "mod37-36",
      distinctive: true,
      markets: ["GB"],
      minLength: 28,
      maxLength: 28,
      pattern: /^[0-9A-Z]{7}\d{20}[0-9A-Z]$/,
      verifyCheck: checkLast(computeMod3736),
      source: REF_UK
    },
    {
      id: "dpd-14",
      owner: "dpd-uk",
      name: { en: "DPD parcel number (14 digits)", zh: "DPD 包裹号（14 位）" },
      shape: digits("14"),
      evidence: "published",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 14,
      maxLength: 14,
      pattern: /^\d{14}$/,
      source: REF_UK
    },
    {
      id: "yodel",
      owner: "yodel",
      name: { en: "Yodel", zh: "Yodel" },
      shape: { en: "JD or JJD + 16 digits", zh: "JD 或 JJD + 16 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: ["GB"],
      minLength: 18,
      maxLength: 19,
      pattern: /^J?JD\d{16}$/,
      source: REF_UK
    },
    {
      id: "evri",
      owner: "evri",
      name: { en: "Evri (commonly seen shape)", zh: "Evri（常见格式）" },
      shape: { en: "16 characters (H + 15 letters/digits, or 16 digits), or H10 + 17 digits", zh: "16 位（H + 15 位字母或数字，或 16 位数字），或 H10 + 17 位数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: ["GB"],
      minLength: 16,
      maxLength: 20,
      lengths: [16, 20],
      pattern: /^(?:H[0-9A-Z]{15}|\d{16}|H10\d{17})$/,
      source: REF_UK
    },
    // ── Cross-border with a dataset format (ref §1.5) ─────────────────────────────────────────
    {
      id: "yunexpress",
      owner: "yunexpress",
      name: { en: "YunExpress", zh: "云途 YunExpress" },
      shape: { en: "YT + 16 digits", zh: "YT + 16 位数字" },
      evidence: "published",
      checkScheme: "none",
      distinctive: true,
      markets: "any",
      minLength: 18,
      maxLength: 18,
      pattern: /^YT\d{16}$/,
      source: REF_SEA
    },
    // ── UNCONFIRMED heuristics: suggest a carrier, never reject (ref §1.5) ────────────────────
    {
      id: "jt-express-id",
      owner: "jt-express",
      name: { en: "J&T Express Indonesia (commonly seen shape)", zh: "极兔印尼（常见格式）" },
      shape: { en: "J + 1 letter + 10 digits (e.g. JX8009962760), or J + 2 letters + 12 digits", zh: "J + 1 个字母 + 10 位数字（如 JX8009962760），或 J + 2 个字母 + 12 位数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: true,
      markets: ["ID"],
      minLength: 12,
      maxLength: 15,
      lengths: [12, 15],
      pattern: /^J(?:[A-Z]\d{10}|[A-Z]{2}\d{12})$/,
      source: REF_SEA
    },
    {
      id: "jt-express-numeric",
      owner: "jt-express",
      name: { en: "J&T Express (numeric, commonly seen shape)", zh: "极兔（纯数字常见格式）" },
      shape: digits("12–15"),
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: ["ID", "TH", "PH", "MY", "VN", "SG", "US"],
      minLength: 12,
      maxLength: 15,
      pattern: /^\d{12,15}$/,
      source: REF_SEA
    },
    {
      id: "ninja-van",
      owner: "ninja-van",
      name: { en: "Ninja Van (commonly seen shape)", zh: "Ninja Van（常见格式）" },
      shape: { en: "NV + country (SG, MY, PH, TH, VN, ID) + letters/digits, or 9 letters + 9 digits", zh: "NV + 国家代码（SG、MY、PH、TH、VN、ID）+ 字母数字，或 9 个字母 + 9 位数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: true,
      markets: ["SG", "MY", "PH", "TH", "VN", "ID"],
      minLength: 5,
      maxLength: 34,
      pattern: /^(?:NV(?:SG|MY|PH|TH|VN|ID)[0-9A-Z]+|[A-Z]{9}\d{9})$/,
      source: REF_SEA
    },
    {
      id: "spx",
      owner: "spx",
      name: { en: "SPX / Shopee Express (commonly seen shape)", zh: "SPX / Shopee Express（常见格式）" },
      shape: { en: "SPX + country + digits (e.g. SPXID…), or MY + 12 digits", zh: "SPX + 国家代码 + 数字（如 SPXID…），或 MY + 12 位数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: true,
      markets: ["ID", "TH", "VN", "MY", "PH", "SG"],
      minLength: 6,
      maxLength: 34,
      pattern: /^(?:SPX(?:ID|TH|VN|MY|PH|SG)[0-9A-Z]+|MY\d{12}[0-9A-Z]?)$/,
      source: REF_SEA
    },
    {
      id: "flash-express",
      owner: "flash-express",
      name: { en: "Flash Express (commonly seen shape)", zh: "Flash Express（常见格式）" },
      shape: { en: "TH + digits + optional letter (about 13 characters)", zh: "TH + 数字 + 可选字母（约 13 位）" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: ["TH", "MY", "PH"],
      minLength: 3,
      maxLength: 34,
      pattern: /^TH\d+[A-Z]?$/,
      source: REF_SEA
    },
    {
      id: "kerry-express",
      owner: "kerry-express",
      name: { en: "Kerry Express (commonly seen shape)", zh: "Kerry Express（常见格式）" },
      shape: { en: "3–4 letters (merchant code) + digits", zh: "3–4 个字母（商户代码）+ 数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: ["TH"],
      minLength: 4,
      maxLength: 34,
      pattern: /^[A-Z]{3,4}\d+$/,
      source: REF_SEA
    },
    {
      id: "cainiao",
      owner: "cainiao",
      name: { en: "Cainiao (commonly seen shape)", zh: "菜鸟（常见格式）" },
      shape: { en: "LP + 14 digits, or CAINIAO…", zh: "LP + 14 位数字，或 CAINIAO…" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: true,
      markets: "any",
      minLength: 8,
      maxLength: 34,
      pattern: /^(?:LP\d{14}|CAINIAO[0-9A-Z]+)$/,
      source: REF_SEA
    },
    {
      id: "yanwen",
      owner: "yanwen",
      name: { en: "Yanwen (commonly seen shape)", zh: "燕文（常见格式）" },
      shape: { en: "UG or VR + letters/digits", zh: "UG 或 VR + 字母数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: "any",
      minLength: 3,
      maxLength: 34,
      pattern: /^(?:UG|VR)[0-9A-Z]+$/,
      source: REF_SEA
    },
    {
      id: "4px",
      owner: "4px",
      name: { en: "4PX (commonly seen shape)", zh: "递四方 4PX（常见格式）" },
      shape: { en: "4PX + digits + optional country letters", zh: "4PX + 数字 + 可选国家字母" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: true,
      markets: "any",
      minLength: 4,
      maxLength: 34,
      pattern: /^4PX\d+[A-Z]{0,2}$/,
      source: REF_SEA
    },
    {
      id: "winit",
      owner: "winit",
      name: { en: "Winit (commonly seen shape)", zh: "万邑通 Winit（常见格式）" },
      shape: { en: "WI + digits", zh: "WI + 数字" },
      evidence: "unconfirmed",
      checkScheme: "none",
      distinctive: false,
      markets: "any",
      minLength: 3,
      maxLength: 34,
      pattern: /^WI\d+$/,
      source: REF_SEA
    }
  ];
  const WAYBILL_FORMATS_BY_ID = new Map(WAYBILL_FORMATS.map((f) => [f.id, f]));
  const LONGEST_FORMAT_LENGTH = Math.max(...WAYBILL_FORMATS.map((f) => f.maxLength));
  const WAYBILL_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  function toAlphabetIndex(code) {
    if (code >= 48 && code <= 57) return code - 48;
    if (code >= 65 && code <= 90) return code - 55;
    return -1;
  }
  function isOptionalAt(source, at) {
    const next = source.charAt(at);
    return next === "?" || next === "*" || source.startsWith("{0", at);
  }
  function readClassChars(body) {
    if (body.startsWith("^")) return void 0;
    let chars = "";
    for (let i = 0; i < body.length; i++) {
      if (body.startsWith("\\d", i)) {
        chars += "0123456789";
        i++;
      } else if (body.charAt(i + 1) === "-" && i + 2 < body.length) {
        const from = body.charCodeAt(i);
        const to = body.charCodeAt(i + 2);
        for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
        i += 2;
      } else if (body.charAt(i) === "\\") {
        return void 0;
      } else chars += body.charAt(i);
    }
    return chars;
  }
  function readFirstChars(source) {
    const all = WAYBILL_ALPHABET;
    if (source.startsWith("(?:")) {
      let depth = 0;
      let end = -1;
      for (let i = 0; i < source.length && end < 0; i++) {
        const c = source.charAt(i);
        if (c === "\\") i++;
        else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) end = i;
      }
      if (end < 0 || isOptionalAt(source, end + 1)) return all;
      const alternatives = [];
      let level = 0;
      let from = 3;
      for (let i = 3; i < end; i++) {
        const c = source.charAt(i);
        if (c === "\\") i++;
        else if (c === "(" || c === "[") level++;
        else if (c === ")" || c === "]") level--;
        else if (c === "|" && level === 0) {
          alternatives.push(source.slice(from, i));
          from = i + 1;
        }
      }
      alternatives.push(source.slice(from, end));
      let chars = "";
      for (const alt of alternatives) chars += readFirstChars(alt);
      return chars;
    }
    if (source.startsWith("\\d")) return isOptionalAt(source, 2) ? all : "0123456789";
    if (source.startsWith("[")) {
      const close = source.indexOf("]");
      const chars = close > 0 ? readClassChars(source.slice(1, close)) : void 0;
      return chars === void 0 || isOptionalAt(source, close + 1) ? all : chars;
    }
    const first = source.charAt(0);
    if (first && toAlphabetIndex(first.charCodeAt(0)) >= 0 && !isOptionalAt(source, 1)) return first;
    return all;
  }
  function canStartWith(format, alphabetPosition) {
    const source = format.pattern.source.startsWith("^") ? format.pattern.source.slice(1) : format.pattern.source;
    return readFirstChars(source).includes(WAYBILL_ALPHABET.charAt(alphabetPosition));
  }
  const WAYBILL_FORMATS_BY_LENGTH = Array.from(
    { length: LONGEST_FORMAT_LENGTH + 1 },
    (_, length) => {
      const ofLength = WAYBILL_FORMATS.filter((f) => f.lengths ? f.lengths.includes(length) : length >= f.minLength && length <= f.maxLength);
      return Array.from({ length: WAYBILL_ALPHABET.length }, (_2, position) => ofLength.filter((f) => canStartWith(f, position)));
    }
  );
  const USPS_FORMAT_IDS = [
    "usps-impb-22",
    "usps-legacy-22",
    "usps-impb-26",
    "usps-impb-30",
    "usps-impb-34",
    "usps-legacy-20",
    "usps-legacy-20-routed"
  ];
  const confirmed = (...ids) => ids.map((formatId) => ({ formatId, attribution: "confirmed" }));
  const unconfirmed = (...ids) => ids.map((formatId) => ({ formatId, attribution: "unconfirmed" }));
  const CARRIER_WAYBILL_PROFILES = {
    // Every post carries S10 numbers of other posts end to end (that is what S10 is for): an ePacket
    // `LK…CN` is tracked by USPS or Royal Mail under the same number.
    usps: { carrierId: "usps", formats: confirmed(...USPS_FORMAT_IDS, "upu-s10"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    ups: { carrierId: "ups", formats: confirmed("ups-1z", "ups-waybill"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    fedex: {
      carrierId: "fedex",
      formats: confirmed("fedex-express-12", "fedex-ground-15", "fedex-ground-96", "fedex-sscc-18", "fedex-express-34", "fedex-ground-gsn-34", "fedex-smartpost"),
      coverage: "closed",
      carriesOtherCarriersNumbers: false,
      source: REF_US
    },
    "dhl-express": { carrierId: "dhl-express", formats: confirmed("dhl-express", "dhl-express-piece"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    // DHL eCommerce US hands parcels to USPS, whose IMpb number is then on the label — not in the
    // reference (UNCONFIRMED), so only used to avoid a false mismatch, never to verify.
    "dhl-ecommerce": {
      carrierId: "dhl-ecommerce",
      formats: [...confirmed("dhl-ecommerce-gm", "dhl-ecommerce", "dhl-ecommerce-14"), ...unconfirmed(...USPS_FORMAT_IDS)],
      coverage: "closed",
      carriesOtherCarriersNumbers: false,
      source: REF_US
    },
    "amazon-logistics": { carrierId: "amazon-logistics", formats: confirmed("amazon-logistics"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    ontrac: { carrierId: "ontrac", formats: confirmed("ontrac"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    gofo: { carrierId: "gofo", formats: confirmed("gofo"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_US },
    // Royal Mail: S10 is confirmed; the reported 9/21-character domestic lengths are a hint that is
    // accepted but not verifiable; any other shape is wrong.
    "royal-mail": {
      carrierId: "royal-mail",
      formats: confirmed("upu-s10", "royal-mail-domestic-other"),
      coverage: "closed",
      carriesOtherCarriersNumbers: false,
      source: REF_UK
    },
    parcelforce: {
      carrierId: "parcelforce",
      formats: confirmed("parcelforce-9", "parcelforce-14", "parcelforce-export-12", "upu-s10"),
      coverage: "closed",
      carriesOtherCarriersNumbers: false,
      source: REF_UK
    },
    evri: { carrierId: "evri", formats: confirmed("evri"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_UK },
    // The DPD group structure and its Mod 37,36 check are published; that DPD UK uses exactly it is
    // UNCONFIRMED, so only a number in that structure with a wrong check character is rejected.
    "dpd-uk": { carrierId: "dpd-uk", formats: confirmed("dpd-15", "dpd-28", "dpd-14"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_UK },
    yodel: { carrierId: "yodel", formats: confirmed("yodel"), coverage: "closed", carriesOtherCarriersNumbers: false, source: REF_UK },
    "jt-express": { carrierId: "jt-express", formats: confirmed("jt-express-id", "jt-express-numeric"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_SEA },
    "ninja-van": { carrierId: "ninja-van", formats: confirmed("ninja-van"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_SEA },
    spx: { carrierId: "spx", formats: confirmed("spx"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_SEA },
    "flash-express": { carrierId: "flash-express", formats: confirmed("flash-express"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_SEA },
    "kerry-express": { carrierId: "kerry-express", formats: confirmed("kerry-express"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_SEA },
    // Cross-border consolidators and overseas warehouses: their rows may show a post's or a last-mile
    // carrier's number (Yanwen "S10 when handed to a post", ref §1.5; the others UNCONFIRMED).
    cainiao: { carrierId: "cainiao", formats: [...confirmed("cainiao"), ...unconfirmed("upu-s10")], coverage: "open", carriesOtherCarriersNumbers: true, source: REF_SEA },
    yunexpress: { carrierId: "yunexpress", formats: confirmed("yunexpress"), coverage: "closed", carriesOtherCarriersNumbers: true, source: REF_SEA },
    winit: { carrierId: "winit", formats: confirmed("winit"), coverage: "open", carriesOtherCarriersNumbers: true, source: REF_SEA },
    // Zongteng: the reference gives no number format at all.
    zongteng: { carrierId: "zongteng", formats: [], coverage: "open", carriesOtherCarriersNumbers: true, source: REF_SEA },
    yanwen: { carrierId: "yanwen", formats: [...confirmed("yanwen"), ...unconfirmed("upu-s10")], coverage: "open", carriesOtherCarriersNumbers: true, source: REF_SEA },
    "4px": { carrierId: "4px", formats: [...confirmed("4px"), ...unconfirmed("upu-s10")], coverage: "open", carriesOtherCarriersNumbers: true, source: REF_SEA },
    // China Post: S10 (ePacket `LK…CN` etc.) is confirmed; its domestic numbering is not in the reference.
    "china-post": { carrierId: "china-post", formats: confirmed("upu-s10"), coverage: "open", carriesOtherCarriersNumbers: false, source: REF_S10 }
  };
  const S10_ISSUER_BY_COUNTRY = { US: "usps", GB: "royal-mail", CN: "china-post" };
  const S10_DELIVERER_BY_MARKET = { US: "usps", GB: "royal-mail" };
  const MAX_SCANNED_LENGTH = 256;
  const MAX_WAYBILL_LENGTH = 64;
  function coerceWaybillInput(raw) {
    switch (typeof raw) {
      case "string":
        return { kind: "text", text: raw };
      case "number":
        return Number.isSafeInteger(raw) && raw >= 0 ? { kind: "text", text: String(raw) } : { kind: "not-text", description: Number.isFinite(raw) && Number.isInteger(raw) ? "a number too large to keep all its digits" : "a number" };
      case "bigint":
        return raw >= 0n ? { kind: "text", text: raw.toString() } : { kind: "not-text", description: "a negative number" };
      case "undefined":
        return { kind: "missing" };
      case "object":
        if (raw === null) return { kind: "missing" };
        return { kind: "not-text", description: Array.isArray(raw) ? "a list" : "an object" };
      default:
        return { kind: "not-text", description: `a ${typeof raw}` };
    }
  }
  function matchFormats(n2) {
    const bucket = WAYBILL_FORMATS_BY_LENGTH[n2.length]?.[toAlphabetIndex(n2.charCodeAt(0))];
    if (!bucket || bucket.length === 0) return [];
    const matches = [];
    for (const format of bucket) {
      if (!format.pattern.test(n2)) continue;
      const problem = format.findProblem?.(n2);
      const check = format.verifyCheck?.(n2);
      matches.push({ format, check, problem, passes: !problem && (check ? check.ok : true) });
    }
    return matches;
  }
  const CONFIDENCE_VERIFIED_DISTINCTIVE = 0.95;
  const CONFIDENCE_PUBLISHED_DISTINCTIVE = 0.85;
  const CONFIDENCE_VERIFIED = 0.6;
  const CONFIDENCE_UNCONFIRMED_VERIFIED = 0.45;
  const CONFIDENCE_UNCONFIRMED_DISTINCTIVE = 0.4;
  const CONFIDENCE_PUBLISHED = 0.3;
  const CONFIDENCE_UNCONFIRMED = 0.15;
  const MARKET_MISMATCH_FACTOR = 0.7;
  const S10_SECONDARY_FACTOR = 0.9;
  const TABLE_ORDER = new Map(WAYBILL_FORMATS.map((f, i) => [f, i]));
  const CONFIDENT_DETECTION = 0.5;
  function computeBaseConfidence(format, checkDigitVerified) {
    if (format.evidence === "unconfirmed") {
      if (checkDigitVerified) return CONFIDENCE_UNCONFIRMED_VERIFIED;
      return format.distinctive ? CONFIDENCE_UNCONFIRMED_DISTINCTIVE : CONFIDENCE_UNCONFIRMED;
    }
    if (checkDigitVerified) return format.distinctive ? CONFIDENCE_VERIFIED_DISTINCTIVE : CONFIDENCE_VERIFIED;
    return format.distinctive ? CONFIDENCE_PUBLISHED_DISTINCTIVE : CONFIDENCE_PUBLISHED;
  }
  function isMarketConsistent(format, market) {
    if (!market) return void 0;
    return format.markets === "any" || format.markets.includes(market);
  }
  function makeCandidate(carrierId, match, confidence, marketConsistent, postalCountry) {
    const candidate = {
      carrierId,
      formatId: match.format.id,
      confidence: Math.round(confidence * 100) / 100,
      checkDigitVerified: match.check?.ok === true,
      marketConsistent,
      evidence: match.format.evidence
    };
    if (postalCountry !== void 0) candidate.postalCountry = postalCountry;
    return candidate;
  }
  function addCandidates(out, match, n2, market) {
    const { format } = match;
    const order = TABLE_ORDER.get(format) ?? 0;
    const marketConsistent = isMarketConsistent(format, market);
    const confidence = computeBaseConfidence(format, match.check?.ok === true) * (marketConsistent === false ? MARKET_MISMATCH_FACTOR : 1);
    if (format.owner !== "upu-post") {
      out.push({ candidate: makeCandidate(format.owner, match, confidence, marketConsistent, void 0), order });
      return;
    }
    const postalCountry = n2.slice(11, 13);
    const issuer = S10_ISSUER_BY_COUNTRY[postalCountry] ?? "upu-post";
    out.push({ candidate: makeCandidate(issuer, match, confidence, marketConsistent, postalCountry), order });
    const deliverer = market ? S10_DELIVERER_BY_MARKET[market] : void 0;
    if (deliverer && deliverer !== issuer) {
      out.push({ candidate: makeCandidate(deliverer, match, confidence * S10_SECONDARY_FACTOR, marketConsistent, postalCountry), order });
    }
    if (postalCountry === "GB") {
      out.push({ candidate: makeCandidate("parcelforce", match, confidence * S10_SECONDARY_FACTOR, marketConsistent, postalCountry), order });
    }
  }
  function compareRanked(a, b) {
    const x = a.candidate;
    const y = b.candidate;
    return Number(y.checkDigitVerified) - Number(x.checkDigitVerified) || Number(y.marketConsistent !== false) - Number(x.marketConsistent !== false) || y.confidence - x.confidence || a.order - b.order;
  }
  function rankCandidates(matches, n2, market) {
    const all = [];
    for (const match of matches) if (match.passes) addCandidates(all, match, n2, market);
    if (all.length === 0) return [];
    if (all.length === 1) return [all[0].candidate];
    all.sort(compareRanked);
    const ranked = [];
    for (const { candidate } of all) {
      if (!ranked.some((r) => r.carrierId === candidate.carrierId)) ranked.push(candidate);
    }
    return ranked;
  }
  const WAYBILL_ISSUE_TITLES = {
    empty: { en: "No waybill number", zh: "缺少运单号" },
    "too-long": { en: "Too long for a tracking number", zh: "长度超出运单号范围" },
    whitespace: { en: "Space or line break in the number", zh: "运单号含空格或换行" },
    fullwidth: { en: "Full-width characters", zh: "含全角字符" },
    cjk: { en: "Chinese characters or brackets", zh: "含中文字符或中文括号" },
    "zero-width": { en: "Invisible characters", zh: "含不可见字符" },
    "illegal-char": { en: "Character not allowed in tracking numbers", zh: "含运单号不允许的字符" },
    lowercase: { en: "Lowercase letters", zh: "含小写字母" },
    "bad-format": { en: "Not a valid number format for this carrier", zh: "不符合该承运商的单号格式" },
    "bad-check-digit": { en: "Check digit does not match", zh: "校验位不符" },
    "carrier-mismatch": { en: "Number belongs to another carrier", zh: "单号属于其他承运商" },
    "format-not-verifiable": { en: "Format not verifiable for this carrier", zh: "无法校验该承运商的单号格式" },
    "not-text": { en: "Not text", zh: "不是文本" },
    "too-many-issues": { en: "More problems not listed", zh: "还有更多问题未列出" },
    "unknown-carrier": { en: "Unknown carrier", zh: "未知承运商" },
    duplicate: { en: "Same waybill on several orders", zh: "多个订单使用同一运单号" }
  };
  const CJK_TEXT = /[\u3400-\u9fff]/;
  const CARRIER_NAMES = /* @__PURE__ */ new Map();
  function localizeCarrierName(id, postalCountry) {
    if (id === "upu-post") {
      const cc = postalCountry ?? "??";
      return { en: `the national post (${cc})`, zh: `${cc} 国家邮政` };
    }
    let name = CARRIER_NAMES.get(id);
    if (!name) {
      const aliases = CARRIER_ALIASES[id];
      const en2 = aliases[0] ?? id;
      name = { en: en2, zh: aliases.find((a) => CJK_TEXT.test(a)) ?? en2 };
      CARRIER_NAMES.set(id, name);
    }
    return name;
  }
  const HEX = "0123456789ABCDEF";
  function formatCodePoint(cp) {
    let digits2 = "";
    for (let v = cp; v > 0; v >>>= 4) digits2 = HEX.charAt(v & 15) + digits2;
    while (digits2.length < 4) digits2 = "0" + digits2;
    return "U+" + digits2;
  }
  const hex = formatCodePoint;
  const WHERE_EN = { leading: "Leading", inner: "", trailing: "Trailing" };
  const WHERE_ZH = { leading: "开头的", inner: "号码中间的", trailing: "末尾的" };
  function describeCharacter(finding, where) {
    const { cls: cls2, codePoint, index, char } = finding;
    const shown = cls2.visible && char ? ` "${char}"` : "";
    const shownZh = cls2.visible && char ? `“${char}”` : "";
    let nameEn = cls2.name.en;
    if (where && where !== "inner") nameEn = `${WHERE_EN[where]} ${nameEn.charAt(0).toLowerCase()}${nameEn.slice(1)}`;
    const inside = where === "inner" ? " inside the number" : "";
    return {
      en: `${nameEn}${shown} (${hex(codePoint)})${inside} at position ${index + 1}`,
      zh: `第 ${index + 1} 个字符是${where ? WHERE_ZH[where] : ""}${cls2.name.zh}${shownZh}（${hex(codePoint)}）`
    };
  }
  const FIXES = /* @__PURE__ */ new Map();
  function describeCharacterFix(finding) {
    const key = finding.cls.code + "\0" + finding.cls.replacement;
    let fix = FIXES.get(key);
    if (!fix) {
      fix = composeCharacterFix(finding);
      FIXES.set(key, fix);
    }
    return fix;
  }
  function composeCharacterFix(finding) {
    const { cls: cls2 } = finding;
    switch (cls2.code) {
      case "whitespace":
        return {
          en: "Delete it: the platform filters out waybill numbers that contain spaces or line breaks.",
          zh: "请删除：含空格或换行的运单号会被平台过滤。"
        };
      case "zero-width":
        return {
          en: "Delete it: an invisible character, usually picked up by copy-paste. Retype the number or use the corrected copy.",
          zh: "请删除：这是复制粘贴时常带入的不可见字符。请重新输入或使用修正后的单号。"
        };
      case "fullwidth":
        return {
          en: `Switch the input method to half-width (English) and type "${cls2.replacement}" instead.`,
          zh: `请将输入法切换为半角（英文）后输入“${cls2.replacement}”。`
        };
      case "lowercase":
        return { en: `Use uppercase "${cls2.replacement}".`, zh: `请使用大写字母“${cls2.replacement}”。` };
      case "cjk":
        return {
          en: "Remove it: Chinese characters and Chinese/full-width brackets make the platform filter the label out. Keep only letters A–Z and digits 0–9.",
          zh: "请删除：含中文字符或中文/全角括号的运单号会被平台过滤。只保留字母 A–Z 和数字 0–9。"
        };
      case "illegal-char":
        return cls2.replacement ? {
          en: `Tracking numbers use plain letters only: replace it with "${cls2.replacement}" if that was meant.`,
          zh: `运单号只使用不带声调的字母：如本意是“${cls2.replacement}”，请替换。`
        } : {
          en: "Remove it: tracking numbers contain only digits 0–9 and letters A–Z.",
          zh: "请删除：运单号只包含数字 0–9 和字母 A–Z。"
        };
    }
  }
  const EMPTY_TEXT = { en: "No waybill number.", zh: "没有运单号。" };
  const EMPTY_FIX = { en: "Enter the tracking number printed on the label.", zh: "请填写面单上印的运单号。" };
  function describeNotText(kind) {
    return {
      en: `Expected the waybill number as text, got ${kind}.`,
      zh: `运单号应为文本，实际为${kind === "a number too large to keep all its digits" ? "一个过大、已丢失位数的数字" : `“${kind}”`}。`
    };
  }
  const NOT_TEXT_FIX = {
    en: "Store waybill numbers as text (format the spreadsheet column as Text) and enter the number again.",
    zh: "请以文本形式保存运单号（将表格列格式设为“文本”），然后重新输入。"
  };
  function describeTooLong(length, longest) {
    return {
      en: `Too long to be a tracking number: ${length} characters (the longest known format has ${longest}).`,
      zh: `长度 ${length} 个字符，超出运单号范围（已知最长格式为 ${longest} 位）。`
    };
  }
  const TOO_LONG_FIX = {
    en: "Paste only the tracking number, not the whole label or message text.",
    zh: "请只粘贴运单号，不要粘贴整段面单或消息文字。"
  };
  function describeOmitted(count) {
    return { en: `${count} more problem characters not listed.`, zh: `另有 ${count} 个问题字符未列出。` };
  }
  function describeUnknownCarrier(name) {
    return {
      en: `Unknown carrier "${name}": the number was checked against every known format instead.`,
      zh: `未知承运商“${name}”：已改为按所有已知格式检查。`
    };
  }
  const AFTER_CLEANING = { en: "After cleaning, ", zh: "清理后，" };
  function prefixed(afterCleaning, text) {
    if (!afterCleaning) return text;
    return { en: AFTER_CLEANING.en + text.en.charAt(0).toLowerCase() + text.en.slice(1), zh: AFTER_CLEANING.zh + text.zh };
  }
  function describeBadFormat(carrier, shapes, length, afterCleaning) {
    return prefixed(afterCleaning, {
      en: `Not a valid ${carrier.en} number (${length} characters): expected ${shapes.map((s) => s.en).join("; or ")}.`,
      zh: `不是有效的${carrier.zh}单号（${length} 位）：应为${shapes.map((s) => s.zh).join("；或")}。`
    });
  }
  function describeFormatProblem(formatName, problem, afterCleaning) {
    return prefixed(afterCleaning, {
      en: `Not a valid ${formatName.en}: ${problem.en}.`,
      zh: `不是有效的${formatName.zh}：${problem.zh}。`
    });
  }
  const BAD_FORMAT_FIX = {
    en: "Compare the number with the label character by character; check that the right carrier is selected.",
    zh: "请与面单逐字核对，并确认所选承运商正确。"
  };
  function describeBadCheckDigit(formatName, expected, found, afterCleaning, confirmed2) {
    const exp = expected.join(" or ");
    const expZh = expected.join(" 或 ");
    const caveat = confirmed2 ? { en: "", zh: "" } : { en: " (this carrier's use of the format is not confirmed, so this is a warning)", zh: "（该承运商是否使用此格式未经证实，仅作提醒）" };
    return prefixed(afterCleaning, {
      en: `Check digit does not match for ${formatName.en}: expected ${exp}, found ${found}. A character is probably mistyped${caveat.en}.`,
      zh: `${formatName.zh}校验位不符：应为 ${expZh}，实际为 ${found}，可能有字符输错${caveat.zh}。`
    });
  }
  const BAD_CHECK_DIGIT_FIX = {
    en: "Copy the number from the carrier label or the carrier system instead of retyping it.",
    zh: "请从面单或承运商系统复制单号，不要手动重新输入。"
  };
  function describeMismatch(given, other, formatName, consolidator) {
    if (consolidator) {
      return {
        en: `This is a ${other.en} number (a valid ${formatName.en}), while the row's carrier is ${given.en}. ${given.en} may hand parcels to ${other.en}; check that this is the number the platform expects.`,
        zh: `这是${other.zh}单号（有效的${formatName.zh}），而该订单的承运商是${given.zh}。${given.zh}可能转交${other.zh}派送，请确认平台需要的是这个单号。`
      };
    }
    return {
      en: `This is a ${other.en} number, not a ${given.en} number: it is a valid ${formatName.en}.`,
      zh: `这是${other.zh}单号，不是${given.zh}单号：它是有效的${formatName.zh}。`
    };
  }
  const MISMATCH_FIX = {
    en: "Check that the order's shipping provider matches the carrier on the label.",
    zh: "请确认订单所选物流商与面单上的承运商一致。"
  };
  function describeNotVerifiable(reason) {
    switch (reason.kind) {
      case "no-published-format":
        return {
          en: `Format not verifiable for this carrier: ${reason.carrier.en} publishes no tracking-number format, so the number was not rejected.`,
          zh: `无法校验该承运商的单号格式：${reason.carrier.zh}未公开运单号格式，因此未判定为错误。`
        };
      case "heuristic-match":
        return {
          en: `Format not verifiable for this carrier: ${reason.carrier.en} publishes no tracking-number format. The number has its commonly seen shape (${reason.shape.en}), which is a hint, not a check.`,
          zh: `无法校验该承运商的单号格式：${reason.carrier.zh}未公开运单号格式。该单号符合常见形式（${reason.shape.zh}），但这只是参考，不是校验。`
        };
      case "no-match-open":
        return {
          en: `Format not verifiable for this carrier: none of ${reason.carrier.en}'s published formats covers this number, and it has other, unpublished ones, so the number was not rejected.`,
          zh: `无法校验该承运商的单号格式：${reason.carrier.zh}已公开的格式都不涵盖此单号，而它还有未公开的格式，因此未判定为错误。`
        };
      case "unconfirmed-attribution":
        return {
          en: `Format not verifiable for this carrier: the number is a valid ${reason.formatName.en}${reason.checkDigitVerified ? " (check digit OK)" : ""}, but that ${reason.carrier.en} uses this format is not confirmed.`,
          zh: `无法校验该承运商的单号格式：该单号是有效的${reason.formatName.zh}${reason.checkDigitVerified ? "（校验位正确）" : ""}，但${reason.carrier.zh}是否使用此格式未经证实。`
        };
      case "no-carrier-no-match":
        return {
          en: "Format not verifiable: the number matches no known carrier format. Select the carrier to check it against that carrier.",
          zh: "无法校验单号格式：该单号不符合任何已知承运商格式。请选择承运商后再检查。"
        };
      case "no-carrier-hint":
        return reason.unconfirmed ? {
          en: `Format not verifiable: looks like ${reason.carrier.en} (${reason.shape.en}), but that carrier publishes no format, so this is a hint only.`,
          zh: `无法校验单号格式：看起来像${reason.carrier.zh}（${reason.shape.zh}），但该承运商未公开格式，仅供参考。`
        } : {
          en: `Format not verifiable: the number has the shape of ${reason.carrier.en} (${reason.shape.en}), but that shape has no check digit and other carriers use it too. Select the carrier to check it.`,
          zh: `无法校验单号格式：该单号符合${reason.carrier.zh}的格式（${reason.shape.zh}），但此格式没有校验位，且其他承运商也在使用。请选择承运商后再检查。`
        };
    }
  }
  const MAX_LISTED_CHARACTER_ISSUES = 50;
  const SOURCE_CHARACTERS = "seed:S28";
  const SOURCE_CHECK_DIGITS = "ref:carriers-and-labels#1.1";
  const SOURCE_NO_FORMAT = "ref:carriers-and-labels#1.5";
  function makeIssue(code, severity, text, source, fix) {
    const issue2 = { code, severity, message: text.en, text, source };
    if (fix) issue2.fix = fix;
    return issue2;
  }
  function buildVerdict(match, verifiable) {
    const checkDigit = match.check ? match.check.ok ? "verified" : "failed" : "none";
    return { id: match.format.id, name: match.format.name, checkDigit, verifiable };
  }
  function buildFailureIssue(match, severity, afterCleaning, confirmed2) {
    const { format } = match;
    if (match.problem) {
      return makeIssue("bad-format", severity, describeFormatProblem(format.name, match.problem, afterCleaning), format.source, BAD_FORMAT_FIX);
    }
    const check = match.check ?? { expected: ["?"], found: "?" };
    return makeIssue("bad-check-digit", severity, describeBadCheckDigit(format.name, check.expected, check.found, afterCleaning, confirmed2), SOURCE_CHECK_DIGITS, BAD_CHECK_DIGIT_FIX);
  }
  const isPublished = (m) => m.format.evidence === "published";
  const isStrong = (m) => m.passes && isPublished(m) && (m.check?.ok === true || m.format.distinctive);
  function judgeForCarrier(n2, profile, market, afterCleaning) {
    const matches = matchFormats(n2);
    const name = localizeCarrierName(profile.carrierId);
    const own2 = [];
    const foreign = [];
    for (const m of matches) {
      const ref = profile.formats.find((f) => f.formatId === m.format.id);
      if (ref) own2.push({ m, confirmed: ref.attribution === "confirmed" && isPublished(m) });
      else foreign.push(m);
    }
    const verified = own2.find((o) => o.m.passes && o.confirmed);
    if (verified) {
      return { issues: [], carrier: profile.carrierId, format: buildVerdict(verified.m, true), formatVerifiable: true, detected: [] };
    }
    const hinted = own2.find((o) => o.m.passes);
    if (hinted) {
      const { format } = hinted.m;
      const bareHeuristic = format.evidence === "unconfirmed" && !hinted.m.check;
      const reason2 = bareHeuristic ? { kind: "heuristic-match", carrier: name, shape: format.shape } : { kind: "unconfirmed-attribution", carrier: name, formatName: format.name, checkDigitVerified: hinted.m.check?.ok === true };
      return {
        issues: [makeIssue("format-not-verifiable", "info", describeNotVerifiable(reason2), format.source)],
        carrier: profile.carrierId,
        format: buildVerdict(hinted.m, false),
        formatVerifiable: false,
        detected: []
      };
    }
    const failing = own2.find((o) => o.confirmed) ?? own2[0];
    if (failing) {
      const severity = failing.confirmed ? "error" : "warning";
      return {
        issues: [buildFailureIssue(failing.m, severity, afterCleaning, failing.confirmed)],
        carrier: profile.carrierId,
        format: buildVerdict(failing.m, failing.confirmed),
        formatVerifiable: failing.confirmed,
        detected: []
      };
    }
    const telling = foreign.filter((m) => isStrong(m) && (m.format.distinctive || profile.coverage === "closed"));
    const detected = rankCandidates(telling, n2, market);
    const other = detected[0];
    if (other) {
      const match = telling.find((m) => m.format.id === other.formatId);
      const consolidator = profile.carriesOtherCarriersNumbers;
      const text = describeMismatch(name, localizeCarrierName(other.carrierId, other.postalCountry), match.format.name, consolidator);
      return {
        issues: [makeIssue("carrier-mismatch", consolidator ? "warning" : "error", text, match.format.source, MISMATCH_FIX)],
        carrier: other.carrierId === "upu-post" ? void 0 : other.carrierId,
        format: buildVerdict(match, true),
        formatVerifiable: true,
        detected
      };
    }
    const published = profile.formats.map((f) => WAYBILL_FORMATS_BY_ID.get(f.formatId)).filter((f) => f !== void 0 && f.evidence === "published");
    if (profile.coverage === "closed" && published.length > 0) {
      const text = describeBadFormat(name, published.map((f) => f.shape), n2.length, afterCleaning);
      return { issues: [makeIssue("bad-format", "error", text, profile.source, BAD_FORMAT_FIX)], carrier: profile.carrierId, formatVerifiable: true, detected: [] };
    }
    const reason = published.length === 0 ? { kind: "no-published-format", carrier: name } : { kind: "no-match-open", carrier: name };
    return {
      issues: [makeIssue("format-not-verifiable", "info", describeNotVerifiable(reason), published.length === 0 ? SOURCE_NO_FORMAT : profile.source)],
      carrier: profile.carrierId,
      formatVerifiable: false,
      detected: []
    };
  }
  function judgeWithoutCarrier(n2, market, afterCleaning) {
    const matches = matchFormats(n2);
    const detected = rankCandidates(matches, n2, market);
    const top = detected[0];
    const topMatch = top && matches.find((m) => m.format.id === top.formatId);
    if (top && topMatch && isStrong(topMatch)) {
      const named = top.carrierId !== "upu-post" && top.confidence >= CONFIDENT_DETECTION;
      return { issues: [], carrier: named ? top.carrierId : void 0, format: buildVerdict(topMatch, true), formatVerifiable: true, detected };
    }
    const failed = matches.find((m) => !m.passes && isPublished(m) && m.format.distinctive);
    if (failed) {
      const severity = matches.some((m) => m.passes) ? "warning" : "error";
      return { issues: [buildFailureIssue(failed, severity, afterCleaning, true)], format: buildVerdict(failed, true), formatVerifiable: true, detected };
    }
    const reason = top && topMatch ? {
      kind: "no-carrier-hint",
      carrier: localizeCarrierName(top.carrierId, top.postalCountry),
      shape: topMatch.format.shape,
      unconfirmed: topMatch.format.evidence === "unconfirmed"
    } : { kind: "no-carrier-no-match" };
    return {
      issues: [makeIssue("format-not-verifiable", "info", describeNotVerifiable(reason), topMatch?.format.source ?? SOURCE_NO_FORMAT)],
      format: topMatch ? buildVerdict(topMatch, false) : void 0,
      formatVerifiable: false,
      detected
    };
  }
  function buildCharacterIssue(finding, scan) {
    const where = finding.cls.code !== "whitespace" ? void 0 : scan.firstKeptIndex < 0 || finding.index < scan.firstKeptIndex ? "leading" : finding.index > scan.lastKeptIndex ? "trailing" : "inner";
    const text = describeCharacter(finding, where);
    const issue2 = {
      code: finding.cls.code,
      severity: "error",
      message: text.en,
      text,
      fix: describeCharacterFix(finding),
      index: finding.index,
      codePoint: finding.codePoint,
      autoFixable: finding.cls.autoFixable,
      source: SOURCE_CHARACTERS
    };
    if (where) issue2.where = where;
    return issue2;
  }
  function buildEmptyResult(normalized, issues, omittedIssueCount = 0) {
    return {
      ok: !issues.some((i) => i.severity === "error"),
      normalized,
      issues,
      needsCleaning: false,
      suggestion: false,
      fixIsCertain: false,
      candidateValid: false,
      formatVerifiable: false,
      detected: [],
      omittedIssueCount
    };
  }
  const RESOLVED_CARRIERS = /* @__PURE__ */ new Map();
  const RESOLVED_CARRIERS_LIMIT = 512;
  function resolveCarrierCached(text) {
    let id = RESOLVED_CARRIERS.get(text);
    if (id === void 0) {
      if (RESOLVED_CARRIERS.size >= RESOLVED_CARRIERS_LIMIT) RESOLVED_CARRIERS.clear();
      id = resolveCarrierId(text) ?? null;
      RESOLVED_CARRIERS.set(text, id);
    }
    return id ?? void 0;
  }
  function readOptions(opts) {
    if (typeof opts !== "object" || opts === null) return {};
    try {
      const { carrier, market } = opts;
      return { carrierText: typeof carrier === "string" ? carrier : void 0, market: resolveMarket(market) };
    } catch {
      return {};
    }
  }
  const FORMAT_CODES = /* @__PURE__ */ new Set(["bad-format", "bad-check-digit", "carrier-mismatch"]);
  function checkWaybill(raw, opts) {
    const input = coerceWaybillInput(raw);
    if (input.kind === "missing") return buildEmptyResult("", [makeIssue("empty", "error", EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX)]);
    if (input.kind === "not-text") {
      return buildEmptyResult("", [makeIssue("not-text", "error", describeNotText(input.description), SOURCE_CHARACTERS, NOT_TEXT_FIX)]);
    }
    const text = input.text;
    if (text.length === 0) return buildEmptyResult("", [makeIssue("empty", "error", EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX)]);
    if (text.length > MAX_SCANNED_LENGTH) {
      return buildEmptyResult("", [makeIssue("too-long", "error", describeTooLong(text.length, LONGEST_FORMAT_LENGTH), SOURCE_CHARACTERS, TOO_LONG_FIX)]);
    }
    const { carrierText, market } = readOptions(opts);
    const carrierId = carrierText ? resolveCarrierCached(carrierText) : void 0;
    const scan = findFirstNonWaybillUnit(text) < 0 ? { cleaned: text, findings: [], firstKeptIndex: 0, lastKeptIndex: text.length - 1 } : scanCharacters(text);
    const cleaned = scan.cleaned;
    if (cleaned.length > MAX_WAYBILL_LENGTH) {
      const result22 = buildEmptyResult(cleaned, [makeIssue("too-long", "error", describeTooLong(cleaned.length, LONGEST_FORMAT_LENGTH), SOURCE_CHARACTERS, TOO_LONG_FIX)]);
      return { ...result22, requestedCarrier: carrierId };
    }
    const issues = [];
    if (carrierText && !carrierId && carrierText.trim()) {
      issues.push(makeIssue("unknown-carrier", "info", describeUnknownCarrier(carrierText.slice(0, 60)), "ref:carriers-and-labels#1"));
    }
    const findings = cleaned ? scan.findings : scan.findings.filter((f) => f.cls.code !== "whitespace" && f.cls.code !== "zero-width");
    if (!cleaned) issues.push(makeIssue("empty", "error", EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX));
    const listed = Math.min(findings.length, MAX_LISTED_CHARACTER_ISSUES);
    for (let i = 0; i < listed; i++) issues.push(buildCharacterIssue(findings[i], scan));
    const omittedIssueCount = findings.length - listed;
    if (omittedIssueCount > 0) issues.push(makeIssue("too-many-issues", "info", describeOmitted(omittedIssueCount), SOURCE_CHARACTERS));
    const needsCleaning = cleaned !== text;
    const fixIsCertain = scan.findings.length > 0 && scan.findings.every((f) => f.cls.autoFixable);
    if (!cleaned) return { ...buildEmptyResult("", issues, omittedIssueCount), requestedCarrier: carrierId, needsCleaning, fixIsCertain };
    const profile = carrierId ? CARRIER_WAYBILL_PROFILES[carrierId] : void 0;
    const judgement = profile ? judgeForCarrier(cleaned, profile, market, needsCleaning) : judgeWithoutCarrier(cleaned, market, needsCleaning);
    issues.push(...judgement.issues);
    const result2 = {
      ok: !issues.some((i) => i.severity === "error"),
      normalized: cleaned,
      issues,
      needsCleaning,
      suggestion: needsCleaning,
      fixIsCertain,
      candidateValid: !judgement.issues.some((i) => i.severity === "error" && FORMAT_CODES.has(i.code)),
      formatVerifiable: judgement.formatVerifiable,
      detected: judgement.detected,
      omittedIssueCount
    };
    if (judgement.carrier) result2.carrier = judgement.carrier;
    if (carrierId) result2.requestedCarrier = carrierId;
    if (judgement.format) result2.format = judgement.format;
    return result2;
  }
  function readHostPath(address) {
    const trimmed = address.trim();
    if (!trimmed || /\s/.test(trimmed)) return void 0;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    let url2;
    try {
      url2 = new URL(withScheme);
    } catch {
      return void 0;
    }
    if (url2.protocol !== "http:" && url2.protocol !== "https:") return void 0;
    if (!url2.hostname.includes(".")) return void 0;
    const port = url2.port && url2.port !== "80" && url2.port !== "443" ? `:${url2.port}` : "";
    const path = url2.pathname.replace(/\/+$/, "");
    return { host: url2.hostname.toLowerCase() + port, path };
  }
  function compareCallbackUrl(entered, expected) {
    if (typeof entered !== "string" || !entered.trim()) return { kind: "empty" };
    const shown = entered.trim();
    const got = readHostPath(shown);
    const want = readHostPath(expected);
    if (!got || !want) return { kind: "not-a-url", entered: shown, expected };
    const hostDiffers = got.host !== want.host;
    const pathDiffers = got.path !== want.path;
    if (!hostDiffers && !pathDiffers) return { kind: "match", entered: shown, expected };
    return {
      kind: "mismatch",
      entered: shown,
      expected,
      enteredHostPath: got.host + got.path,
      expectedHostPath: want.host + want.path,
      differs: hostDiffers && pathDiffers ? "host-and-path" : hostDiffers ? "host" : "path"
    };
  }
  const MINUTE_MS = 6e4;
  const HOUR_MS = 60 * MINUTE_MS;
  const DAY_MS = 24 * HOUR_MS;
  const MAX_DATE_MS = 864e13;
  const UNITS = {
    en: { d: " d", h: " h", m: " m", under: "less than 1 m", unknown: "unknown", sep: " " },
    zh: { d: " 天", h: " 小时", m: " 分钟", under: "不到 1 分钟", unknown: "未知", sep: " " }
  };
  function formatDuration(ms, locale) {
    const u = UNITS[locale] ?? UNITS.en;
    if (typeof ms !== "number" || !Number.isFinite(ms)) return u.unknown;
    const abs = Math.abs(ms);
    if (abs < MINUTE_MS) return u.under;
    const days = Math.floor(abs / DAY_MS);
    const hours = Math.floor(abs % DAY_MS / HOUR_MS);
    const minutes = Math.floor(abs % HOUR_MS / MINUTE_MS);
    const parts = [];
    if (days) parts.push(`${days}${u.d}`);
    if (hours) parts.push(`${hours}${u.h}`);
    if (minutes) parts.push(`${minutes}${u.m}`);
    return parts.join(u.sep);
  }
  function formatDurationLocalized(ms) {
    return { en: formatDuration(ms, "en"), zh: formatDuration(ms, "zh") };
  }
  const FORMATTERS = /* @__PURE__ */ new Map();
  function formatterFor(timeZone) {
    let f = FORMATTERS.get(timeZone);
    if (f) return f;
    try {
      f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23"
      });
    } catch {
      return void 0;
    }
    FORMATTERS.set(timeZone, f);
    return f;
  }
  function formatTimestamp(ms, timeZone) {
    if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return "—";
    const zone = formatterFor(timeZone) ? timeZone : "UTC";
    const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${zone})`;
  }
  const L = (en2, zh) => ({ en: en2, zh });
  const FINDING_MESSAGES = {
    "waybill-malformed": {
      title: L("Waybill has {defect}", "运单号{defect}"),
      detail: L(
        "The tracking number “{waybill}” fails the check: {first}{more}. The platform filters out labels whose number contains spaces or Chinese/full-width brackets (S28); a malformed number caused 83.7 % of “label printed but still Pending Shipment” tickets in 2024 Q2 (S29).",
        "运单号“{waybill}”未通过校验：{first}{more}。含空格或中文/全角括号的运单号会被平台过滤（S28）；2024 年第二季度“已打单仍显示待发货”的工单中 83.7% 由运单号格式错误导致（S29）。"
      ),
      fix: L("{correction} {revision}", "{correction}{revision}")
    },
    "first-scan-overdue": {
      title: L("No first scan {sinceLabel} after label — call {carrier}", "面单生成 {sinceLabel} 后仍无首次扫描 — 请联系{carrier}"),
      detail: L(
        "Label created {labelTime}, {labelSource}. The carrier must scan the parcel and push the scan to TikTok within {hours} h of label creation (S27, S7); that window closed {lateBy} ago, and until a scan arrives the order stays in Pending Shipment.{lost}",
        "面单生成时间 {labelTime}，{labelSource}。承运商须在面单生成后 {hours} 小时内完成首次扫描并推送给 TikTok（S27、S7）；该时限已过去 {lateBy}，在收到扫描之前订单会一直停留在“待发货”。{lost}"
      ),
      fix: L(
        "Call {carrier}: confirm the parcel was collected and that the first scan was pushed to TikTok — check the first-scan time in their back office (S28 step 1). If it was never collected, hand it over now.",
        "请联系{carrier}：确认包裹已揽收，且首次扫描已推送给 TikTok——在承运商后台查看首次扫描时间（S28 第 1 步）。如果包裹尚未揽收，请立即交寄。"
      )
    },
    "carrier-not-certified": {
      title: L("{carrier} is not a certified last-mile carrier in {market}", "{carrier}不是{market}的认证尾程承运商"),
      detail: L(
        "Since {since}, {market} requires a platform-certified last-mile carrier (S2); orders shipped otherwise are intercepted by the system.{note}",
        "自 {since} 起，{market}要求使用平台认证的尾程承运商（S2）；其他方式发货的订单会被系统拦截。{note}"
      ),
      fix: L(
        "Ship with a certified carrier: Seller Center → Settings → Logistics → Select Carrier, pick one from the certified (TLPP) list and Connect (S11), then recreate the label with it.",
        "请改用认证承运商：Seller Center → 设置 → 物流 → 选择承运商，从认证（TLPP）名单中选择并连接（S11），然后用它重新生成面单。"
      )
    },
    "carrier-removed-manual-label": {
      title: L("{carrier} needs manual label upload — removed from the certified list", "{carrier}需手动上传面单 — 已移出认证名单"),
      detail: L(
        "Every certified channel prints labels in one click from the TikTok back office (Logistics API v3.2 or later); channels that need manual label upload were removed from the certified list from June 2024 (S9). The rule pack says {carrier} cannot print labels through the API in {market}.",
        "所有认证渠道都支持在 TikTok 后台一键打印面单（物流 API v3.2 及以上）；需手动上传面单的渠道自 2024 年 6 月起已移出认证名单（S9）。规则包记录{carrier}在{market}不支持通过 API 打印面单。"
      ),
      fix: L(
        "Switch to a certified carrier that prints labels from Seller Center (Settings → Logistics → Select Carrier, S11) and recreate the label there.",
        "请改用可在 Seller Center 一键打单的认证承运商（设置 → 物流 → 选择承运商，S11），并在后台重新生成面单。"
      )
    },
    "callback-mismatch": {
      title: L("{carrier}’s tracking callback is not TikTok’s {market} endpoint", "{carrier}的物流回调地址不是 TikTok {market}指定的地址"),
      detail: L(
        "Saved in options: {entered}. TikTok specifies {expected} for {market} (S28). Compared by host and path, ignoring http/https and a trailing slash: {comparison}. Scans pushed to another address never reach the order.",
        "选项中保存的地址：{entered}。TikTok 为{market}指定的地址是 {expected}（S28）。按域名和路径比较（忽略 http/https 与末尾斜杠）：{comparison}。推送到其他地址的扫描不会同步到订单。"
      ),
      fix: L(
        "Ask {carrier} to set its tracking callback to {expected} (S28 step 2), then check that the first scan reaches the order. If the address saved in options is out of date, correct it there.",
        "请让{carrier}将物流回调地址设置为 {expected}（S28 第 2 步），然后确认首次扫描已同步到订单。如果选项中保存的地址已过时，请在选项中更正。"
      )
    },
    "first-scan-late": {
      title: L("First scan came {lateBy} after the {hours} h window", "首次扫描比 {hours} 小时时限晚了 {lateBy}"),
      detail: L(
        "Label created {labelTime}, {labelSource}; first scan {scanTime}, {sinceLabel} after the label. Without a scan within {hours} h the order’s status freezes (S27), so a late scan can leave it in Pending Shipment.",
        "面单生成时间 {labelTime}，{labelSource}；首次扫描 {scanTime}，距面单生成 {sinceLabel}。面单生成后 {hours} 小时内没有扫描，订单状态会被冻结（S27），因此迟到的扫描可能使订单停留在“待发货”。"
      ),
      fix: L(
        "Ask TikTok Seller Support to refresh the order status, giving the first-scan time ({scanTime}) as evidence, and ask {carrier} why the scan came late.",
        "请联系 TikTok 卖家客服刷新订单状态，并提供首次扫描时间（{scanTime}）作为依据；同时向{carrier}了解扫描延迟的原因。"
      )
    },
    "carrier-not-connected": {
      title: L("{carrier} is not connected to your shop", "本店铺未连接{carrier}"),
      detail: L(
        "The carriers saved as connected in options are: {connected}. A carrier that is not connected to the shop cannot push its scans to the shop’s orders (S11).",
        "选项中保存的已连接承运商：{connected}。未与店铺连接的承运商无法把扫描推送到店铺订单（S11）。"
      ),
      fix: L(
        "Seller Center → Settings → Logistics → Select Carrier → {carrier} → Connect, and finish its qualification steps (S11). If it is connected already, add it to the list in options.",
        "Seller Center → 设置 → 物流 → 选择承运商 → {carrier} → 连接，并完成服务商资质流程（S11）。如已连接，请在选项的列表中补上。"
      )
    },
    "tracking-exception": {
      title: L("Carrier reports an exception: “{description}”", "承运商报告异常：“{description}”"),
      detail: L(
        "{time}: “{description}”{latest} Exceptions (refused, lost, mis-delivered) above 1.3 % of parcels limit new order allocation (S8).",
        "{time}：“{description}”{latest}异常（拒收、丢件、错投）超过 1.3% 会限制新订单分配（S8）。"
      ),
      fix: L(
        "Contact {carrier} with the waybill number to resolve it (address, refusal, damage) and ask them to push the corrected status to TikTok.",
        "请凭运单号联系{carrier}处理（地址、拒收、破损等），并要求其把更正后的状态推送给 TikTok。"
      )
    },
    "printer-below-203dpi": {
      title: L("Label printer set to {dpi} dpi — below 203 dpi", "面单打印机设置为 {dpi} dpi — 低于 203 dpi"),
      detail: L(
        "Thermal labels must print at 203 dpi or more; below that barcodes fail to scan and the first-scan rate drops to 61 % (S33). No carrier scan is recorded for this order yet.",
        "热敏面单须以不低于 203 dpi 打印；低于该值条码无法扫描，首次扫描率降至 61%（S33）。本订单尚无承运商扫描记录。"
      ),
      fix: L(
        "Print at 203 dpi or more: tick “High Quality” in the printer properties, print a sample label and scan it before going live (S34), then reprint this order’s label.",
        "请以不低于 203 dpi 打印：在打印机属性中勾选“高质量”，上线前先打印样张并扫码测试（S34），然后重新打印本订单面单。"
      )
    },
    "tracking-stale": {
      title: L("No tracking update for {gap}", "物流轨迹已 {gap} 未更新"),
      detail: L(
        "Last update {time}: “{description}”. The tracking trail must update at least every {hours} h (S7).",
        "最近一次更新 {time}：“{description}”。物流轨迹须至少每 {hours} 小时更新一次（S7）。"
      ),
      fix: L(
        "Ask {carrier} where the parcel is. If their system shows newer scans than TikTok does, their push to TikTok is failing: check the callback address (S28 step 2).",
        "请向{carrier}核实包裹位置。如果承运商系统中的扫描比 TikTok 上的更新，说明推送失败：请检查回调地址（S28 第 2 步）。"
      )
    },
    "first-scan-due-soon": {
      title: L("First scan due in {remaining} — hand the parcel to {carrier} now", "首次扫描将在 {remaining} 后到期 — 请立即交给{carrier}"),
      detail: L(
        "Label created {labelTime}, {labelSource}; the first carrier scan is due by {dueTime}, {hours} h after the label (S7, S27).",
        "面单生成时间 {labelTime}，{labelSource}；承运商首次扫描须在 {dueTime} 前完成，即面单生成后 {hours} 小时内（S7、S27）。"
      ),
      fix: L(
        "Make sure {carrier} collects or receives the parcel before {dueTime}; without a scan by then the order stays in Pending Shipment.",
        "请确保{carrier}在 {dueTime} 前揽收或收到包裹；届时仍无扫描，订单会停留在“待发货”。"
      )
    },
    "first-scan-pending": {
      title: L("First scan not due yet — {remaining} left", "首次扫描尚未到期 — 还剩 {remaining}"),
      detail: L(
        "Label created {labelTime}, {labelSource}; the first carrier scan is due by {dueTime}, {hours} h after the label (S7, S27).",
        "面单生成时间 {labelTime}，{labelSource}；承运商首次扫描须在 {dueTime} 前完成，即面单生成后 {hours} 小时内（S7、S27）。"
      ),
      fix: L("Nothing is late yet: hand the parcel to {carrier} before {dueTime}.", "目前尚未超时：请在 {dueTime} 前把包裹交给{carrier}。")
    },
    "order-not-pending": {
      title: L("Order is no longer pending shipment ({status})", "订单已不在待发货状态（{status}）"),
      detail: L("The order’s status reads “{statusText}”, so it is not stuck in Pending Shipment.", "订单状态为“{statusText}”，并未卡在“待发货”。"),
      fix: L("Nothing to fix here; follow the parcel in the side panel’s tracking timeline.", "无需处理；可在侧边栏的物流时间线中跟进包裹。")
    },
    "waybill-unverified": {
      title: L("Waybill has no illegal characters, but its format cannot be verified{forCarrier}", "运单号没有非法字符，但无法校验其格式{forCarrier}"),
      detail: L(
        "{checkText} A malformed number caused 83.7 % of these tickets (S29), so compare it with the label before looking elsewhere.",
        "{checkText}此类工单 83.7% 由运单号格式错误导致（S29），请先与面单核对。"
      ),
      fix: L(
        "Compare “{waybill}” character by character with the number on the carrier label or in {carrier}’s system.",
        "请逐字符核对“{waybill}”与面单或{carrier}系统中的单号。"
      )
    },
    "waybill-unknown": {
      title: L("Unknown — waybill number not seen", "未知 — 未读取到运单号"),
      detail: L(
        "The tracking number is not on this page, so it could not be checked for spaces, Chinese/full-width brackets or a wrong format (S28 step 3) — the cause of 83.7 % of these tickets (S29).",
        "本页面没有显示运单号，因此无法检查空格、中文/全角括号或格式错误（S28 第 3 步）——此类工单 83.7% 由此导致（S29）。"
      ),
      fix: L(
        "Open the order detail (the tracking number shows there) or connect the API in options, so the number can be checked.",
        "请打开订单详情页（运单号显示在那里），或在选项中连接 API，以便检查运单号。"
      )
    },
    "label-time-unknown": {
      title: L("Unknown — when the label was created", "未知 — 面单生成时间"),
      detail: L(
        "Without the label time the {hours} h first-scan clock (S27) cannot run, so an overdue first scan cannot be detected.",
        "没有面单生成时间，就无法计算 {hours} 小时首次扫描时限（S27），也无法判断首次扫描是否超时。"
      ),
      fix: L(
        "Connect the API in options, or print the label from Seller Center with the extension active so your click is recorded as the label time.",
        "请在选项中连接 API，或在扩展启用时从 Seller Center 打印面单，扩展会把点击时间记录为面单生成时间。"
      )
    },
    "first-scan-unknown": {
      title: L("Unknown — whether {carrier} has scanned the parcel", "未知 — {carrier}是否已扫描包裹"),
      detail: L("{why}{window}", "{why}{window}"),
      fix: L(
        "Check the first-scan time in {carrier}’s back office (S28 step 1): no scan within {hours} h of the label keeps the order in Pending Shipment. Connecting the API in options lets the extension watch it for you.",
        "请在{carrier}后台查看首次扫描时间（S28 第 1 步）：面单生成后 {hours} 小时内无扫描，订单会停留在“待发货”。在选项中连接 API 后，扩展可替你自动监控。"
      )
    },
    "market-unknown": {
      title: L("Unknown — which market this order is in", "未知 — 订单所属市场"),
      detail: L(
        "Without the market, the certification rule (S2) and the platform’s tracking callback endpoint (S28) could not be checked.",
        "不知道市场，就无法检查承运商认证要求（S2）和平台指定的物流回调地址（S28）。"
      ),
      fix: L(
        "Open the order in Seller Center (the market comes from the page’s address, e.g. seller-us.tiktok.com) or connect the API in options.",
        "请在 Seller Center 中打开该订单（市场取自页面地址，如 seller-us.tiktok.com），或在选项中连接 API。"
      )
    },
    "carrier-unknown": {
      title: L("Unknown — which carrier ships this order", "未知 — 订单的承运商"),
      detail: L(
        "The shipping provider is not on this page, so its certification, its connection and its tracking callback could not be checked.",
        "本页面没有显示物流服务商，因此无法检查其认证、连接状态和物流回调地址。"
      ),
      fix: L("Open the order detail, where the shipping provider is shown, or connect the API in options.", "请打开订单详情页（显示物流服务商），或在选项中连接 API。")
    },
    "carrier-certification-unknown": {
      title: L("Unknown — whether {carrier} is certified in {market}", "未知 — {carrier}在{market}是否已认证"),
      detail: L(
        "{market} requires a platform-certified carrier (S2), and the rule pack has no certification on file for {carrier} there. That is no proof it is uncertified: the pack lists only the carriers the sources name.",
        "{market}要求使用平台认证承运商（S2），规则包中没有{carrier}在该市场的认证记录。这并不代表它未认证：规则包只收录了资料中提到的承运商。"
      ),
      fix: L(
        "Check Seller Center → Settings → Logistics → Select Carrier: the certified (TLPP) list shows whether {carrier} is on it (S11).",
        "请在 Seller Center → 设置 → 物流 → 选择承运商中查看认证（TLPP）名单，确认{carrier}是否在列（S11）。"
      )
    },
    "carrier-connection-unknown": {
      title: L("Unknown — whether {carrier} is connected to your shop", "未知 — {carrier}是否已与店铺连接"),
      detail: L("No list of connected carriers is saved in options, so the connection (S11) could not be checked.", "选项中没有保存已连接承运商列表，因此无法检查连接状态（S11）。"),
      fix: L("Check Seller Center → Settings → Logistics (S11) and save your connected carriers in options.", "请在 Seller Center → 设置 → 物流中查看（S11），并在选项中保存已连接的承运商。")
    },
    "callback-unknown": {
      title: L("Unknown — {carrier}’s tracking callback not checked", "未知 — 未检查{carrier}的物流回调地址"),
      detail: L(
        "{why} Scans pushed to the wrong address never reach the order (S28 step 2).",
        "{why}推送到错误地址的扫描不会同步到订单（S28 第 2 步）。"
      ),
      fix: L("{how}", "{how}")
    },
    "printer-unknown": {
      title: L("Unknown — label printer resolution", "未知 — 面单打印机分辨率"),
      detail: L(
        "No printer resolution is saved in options. Below 203 dpi barcodes fail to scan and the first-scan rate drops to 61 % (S33).",
        "选项中没有保存打印机分辨率。低于 203 dpi 时条码无法扫描，首次扫描率降至 61%（S33）。"
      ),
      fix: L(
        "Save your printer’s resolution (dpi, in its specifications) in options. Print at 203 dpi or more with “High Quality” ticked, and scan a sample label first (S34).",
        "请在选项中保存打印机分辨率（dpi，见打印机规格）。以不低于 203 dpi 并勾选“高质量”打印，上线前先扫码测试样张（S34）。"
      )
    }
  };
  const PHRASES = {
    defectAtPosition: L("{name} at position {position}", "第 {position} 个字符是{name}"),
    defectGeneral: L("a problem: {name}", "有问题：{name}"),
    moreIssues: L(" (and {count} more)", "（另有 {count} 处）"),
    correctionValid: L("Revise the tracking number to {normalized} (copy it, do not retype it).", "请将运单号修改为 {normalized}（请直接复制，不要重新输入）。"),
    correctionStillInvalid: L(
      "Removing the bad characters gives {normalized}, which still fails the check: copy the number from the carrier label or the carrier’s system.",
      "去掉错误字符后为 {normalized}，仍未通过校验：请从面单或承运商系统中复制单号。"
    ),
    correctionNone: L("Copy the number from the carrier label or the carrier’s system instead of retyping it.", "请从面单或承运商系统中复制单号，不要手动输入。"),
    revision: L(
      "You can revise tracking only once, within 72 h of the first upload{window}; after that, ask TikTok Seller Support (within 30 days).",
      "物流信息只能修改一次，且须在首次上传后 72 小时内{window}；之后须在 30 天内联系 TikTok 卖家客服。"
    ),
    revisionOpen: L(" ({left} left)", "（还剩 {left}）"),
    revisionClosed: L(" (that window closed {ago} ago)", "（该时限已于 {ago} 前结束）"),
    lostSuspected: L(
      " No carrier scan for {days} calendar days: the platform treats such packages as lost (Seller Center).",
      "已连续 {days} 个自然日无承运商扫描：平台会将此类包裹视为丢失（Seller Center）。"
    ),
    labelFromApi: L("from the API", "来自 API"),
    labelFromClick: L("from your first click on Seller Center’s print-label button (the label may be older)", "取自你首次点击 Seller Center 打印面单按钮的时间（面单可能更早生成）"),
    labelFromEvent: L("from the carrier’s “label created” event", "取自承运商的“已生成面单”事件"),
    labelFromUnstated: L("source not stated", "来源未注明"),
    differsHost: L("the host differs", "域名不同"),
    differsPath: L("the path differs", "路径不同"),
    differsBoth: L("host and path differ", "域名和路径都不同"),
    notAUrl: L("what was saved is not a web address", "保存的内容不是网址"),
    exceptionLatest: L(" — the latest update.", "——这是最新一次更新。"),
    exceptionEarlier: L("; the trail has moved on since.", "；此后轨迹已有更新。"),
    forCarrier: L(" for {carrier}", "({carrier})"),
    firstScanWhyOffline: L("The API is not connected, so the carrier’s scans are not visible to the extension.", "未连接 API，扩展看不到承运商的扫描记录。"),
    firstScanWhyNotFetched: L("Tracking for this order has not been fetched yet.", "尚未获取本订单的物流轨迹。"),
    firstScanWhyNoClock: L("No current time was given, so the first-scan clock could not run.", "未提供当前时间，无法计算首次扫描时限。"),
    firstScanWindowOpen: L(" The label was created {labelTime}; the {hours} h window closes in {left}.", "面单生成于 {labelTime}；{hours} 小时时限还剩 {left}。"),
    firstScanWindowClosed: L(" The label was created {labelTime}; the {hours} h window closed {ago} ago.", "面单生成于 {labelTime}；{hours} 小时时限已过去 {ago}。"),
    callbackWhyNotEntered: L("No callback address is saved in options for {carrier}.", "选项中没有保存{carrier}的回调地址。"),
    callbackWhyNoEndpoint: L("The rule pack has no platform endpoint on file for {market} to compare with.", "规则包中没有{market}的平台回调地址，无法比较。"),
    callbackHowWithEndpoint: L(
      "Ask {carrier} (or look in its back office) which address it pushes tracking to; for {market} it must be {expected} (S28 step 2). Save it in options to have it checked.",
      "请向{carrier}确认（或在其后台查看）物流推送地址；{market}须为 {expected}（S28 第 2 步）。在选项中保存后，扩展会自动检查。"
    ),
    callbackHowNoEndpoint: L(
      "Ask {carrier} which address it pushes tracking to, and TikTok Seller Support which endpoint {market} requires (S28 step 2).",
      "请向{carrier}确认物流推送地址，并向 TikTok 卖家客服确认{market}要求的回调地址（S28 第 2 步）。"
    ),
    theCarrier: L("the carrier", "承运商")
  };
  const ORDER_STATUS_TEXTS = {
    unpaid: L("Unpaid", "未支付"),
    "on-hold": L("On hold", "暂缓处理"),
    "awaiting-shipment": L("Awaiting shipment", "待发货"),
    "awaiting-collection": L("Awaiting collection", "待揽收"),
    "partially-shipping": L("Partially shipped", "部分发货"),
    "in-transit": L("In transit", "运输中"),
    delivered: L("Delivered", "已送达"),
    completed: L("Completed", "已完成"),
    cancelled: L("Cancelled", "已取消"),
    unknown: L("Unknown", "未知")
  };
  function renderText(template, values) {
    const fill = (text, lang) => text.replace(/\{(\w+)\}/g, (whole, key) => {
      if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
      const value = values[key];
      return typeof value === "object" ? value[lang] : String(value);
    });
    return { en: fill(template.en, "en"), zh: fill(template.zh, "zh") };
  }
  const FINDING_CODES = [
    // Observed on this order: causes…
    "waybill-malformed",
    "carrier-not-certified",
    "carrier-removed-manual-label",
    "callback-mismatch",
    // …then the symptoms they produce, and further observations.
    "first-scan-overdue",
    "carrier-not-connected",
    "first-scan-late",
    "tracking-exception",
    "printer-below-203dpi",
    "tracking-stale",
    "first-scan-due-soon",
    "first-scan-pending",
    "order-not-pending",
    // Backed only by a prior.
    "waybill-unverified",
    // Facts we could not check: "Unknown — …" with how to check.
    "waybill-unknown",
    "label-time-unknown",
    "first-scan-unknown",
    "market-unknown",
    "carrier-unknown",
    "carrier-certification-unknown",
    "carrier-connection-unknown",
    "callback-unknown",
    "printer-unknown"
  ];
  const ORDER_STATUSES$1 = [
    "unpaid",
    "on-hold",
    "awaiting-shipment",
    "awaiting-collection",
    "partially-shipping",
    "in-transit",
    "delivered",
    "completed",
    "cancelled",
    "unknown"
  ];
  const NUMERIC = {
    "100": "unpaid",
    "101": "awaiting-shipment",
    "105": "on-hold",
    "111": "awaiting-shipment",
    "112": "awaiting-collection",
    "114": "partially-shipping",
    "121": "in-transit",
    "122": "delivered",
    "130": "completed",
    "140": "cancelled"
  };
  const WORDS = [
    [/^(?:unpaid|未支付|待付款)$/, "unpaid"],
    [/^(?:on hold|处理中)$/, "on-hold"],
    [/^(?:awaiting shipment|pending shipment|to ship|ready to ship|待发货)$/, "awaiting-shipment"],
    [/^(?:awaiting collection|awaiting pickup|awaiting pick up|待揽收)$/, "awaiting-collection"],
    [/^(?:partially shipping|partially shipped|部分发货)$/, "partially-shipping"],
    [/^(?:in transit|shipped|运输中|已发货)$/, "in-transit"],
    [/^(?:delivered|已送达|已签收)$/, "delivered"],
    [/^(?:completed|已完成)$/, "completed"],
    [/^(?:cancelled|canceled|已取消)$/, "cancelled"]
  ];
  function classifyOrderStatus(raw) {
    if (typeof raw === "number" && Number.isInteger(raw)) return NUMERIC[String(raw)] ?? "unknown";
    if (typeof raw !== "string") return "unknown";
    const trimmed = raw.normalize("NFKC").trim();
    if (/^\d+$/.test(trimmed)) return NUMERIC[trimmed] ?? "unknown";
    if (ORDER_STATUSES$1.includes(trimmed)) return trimmed;
    const folded = trimmed.toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
    for (const [pattern, status] of WORDS) if (pattern.test(folded)) return status;
    return "unknown";
  }
  const PENDING = /* @__PURE__ */ new Set(["awaiting-shipment", "awaiting-collection", "partially-shipping"]);
  function isStillPending(status) {
    return status === "unknown" || PENDING.has(status);
  }
  const EVIDENCE_WEIGHT = { observed: 2, prior: 1, unknown: 0 };
  const SEVERITY_WEIGHT = { critical: 5, high: 4, medium: 3, low: 2, info: 1, unknown: 0 };
  const CODE_ORDER = new Map(FINDING_CODES.map((code, i) => [code, i]));
  function scoreFinding(finding) {
    const prior = finding.prior && Number.isFinite(finding.prior.value) ? Math.min(1, Math.max(0, finding.prior.value)) : 0;
    return (EVIDENCE_WEIGHT[finding.evidence] ?? 0) * 1e3 + (SEVERITY_WEIGHT[finding.severity] ?? 0) * 100 + Math.round(prior * 99);
  }
  function rankFindings(findings) {
    return findings.map((f) => ({ ...f, score: scoreFinding(f) })).sort((a, b) => b.score - a.score || (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0));
  }
  function topFinding(findings) {
    return rankFindings(findings)[0];
  }
  const isFiniteNumber = (value) => typeof value === "number" && Number.isFinite(value);
  const isEpochMs = (value) => isFiniteNumber(value) && Math.abs(value) <= 864e13;
  function readOrderId(value) {
    if (typeof value === "string") return value;
    return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
  }
  const FIRST_SCAN_DESCRIPTION = "first_scan_time";
  function readOneEvent(item) {
    if (typeof item !== "object" || item === null) return void 0;
    const record2 = item;
    if (isEpochMs(record2.at) && typeof record2.status === "string") {
      const status = record2.status;
      return {
        at: record2.at,
        status,
        description: typeof record2.description === "string" ? record2.description : "",
        isCarrierScan: typeof record2.isCarrierScan === "boolean" ? record2.isCarrierScan : isScanStatus(status),
        unknown: record2.unknown === true
      };
    }
    if ("update_time_millis" in record2) {
      return normalizeTrackingEvent({
        description: typeof record2.description === "string" ? record2.description : "",
        update_time_millis: record2.update_time_millis
      });
    }
    return void 0;
  }
  function readEvents(input) {
    if (!Array.isArray(input)) return void 0;
    const events = [];
    let rejected = 0;
    for (const item of input) {
      const event = readOneEvent(item);
      if (event) events.push(event);
      else rejected++;
    }
    events.sort((a, b) => a.at - b.at);
    return { events, rejected };
  }
  function readCarrierId(facts) {
    const carrier = facts.carrier;
    if (typeof carrier !== "object" || carrier === null) return void 0;
    if (isCarrierId(carrier.id)) return carrier.id;
    return resolveCarrierId(carrier.id) ?? resolveCarrierId(carrier.text);
  }
  function nameCarrier(facts, id, rules) {
    if (rules) return rules.name;
    if (id) return localizeCarrierName(id);
    const text = typeof facts.carrier?.text === "string" ? facts.carrier.text.trim() : "";
    return text ? { en: text, zh: text } : PHRASES.theCarrier;
  }
  function timeZoneOf(market) {
    return market ? MARKET_TIME_ZONES[market] : "UTC";
  }
  function marketlessPolicy() {
    return {
      firstScanHours: DEFAULT_SLA_FIGURES.firstScanHours.value,
      maxUpdateGapHours: DEFAULT_SLA_FIGURES.maxUpdateGapHours.value,
      timeZone: "UTC",
      lostAfterDays: DEFAULT_SLA_FIGURES.lostAfterDays.value,
      dueSoonMinutes: DEFAULT_SLA_FIGURES.dueSoonMinutes.value
    };
  }
  function readContext(input, now, pack) {
    const facts = typeof input === "object" && input !== null ? input : { orderId: "", apiConnected: false };
    const market = resolveMarket(facts.market);
    const marketRules = market ? pack?.markets?.find((m) => m.code === market) : void 0;
    const timeZone = timeZoneOf(market);
    const policy = (marketRules ? slaPolicyFromMarketRules(marketRules) : void 0) ?? (market ? defaultSlaPolicy(market) : void 0) ?? marketlessPolicy();
    const carrierId = readCarrierId(facts);
    const carrierRules = carrierId ? pack?.carriers?.find((c) => c.id === carrierId) : void 0;
    const carrierText = typeof facts.carrier?.text === "string" ? facts.carrier.text.trim() : "";
    const read = readEvents(facts.events);
    const firstScanAt = isEpochMs(facts.firstScanAt) ? facts.firstScanAt : void 0;
    let events = read?.events;
    const firstTrailScan = events?.find((e) => e.isCarrierScan)?.at;
    if (firstScanAt !== void 0 && (firstTrailScan === void 0 || firstScanAt < firstTrailScan)) {
      const synthetic = { at: firstScanAt, status: "picked-up", description: FIRST_SCAN_DESCRIPTION, isCarrierScan: true, unknown: false };
      events = [...events ?? [], synthetic].sort((a, b) => a.at - b.at);
    }
    const scanned = events?.some((e) => e.isCarrierScan) ?? false;
    const apiConnected = facts.apiConnected === true;
    const waybill = typeof facts.waybill === "string" && facts.waybill.trim() !== "" ? facts.waybill : void 0;
    const status = classifyOrderStatus(facts.status);
    const dpi = facts.printerDpi;
    const connected = Array.isArray(facts.connectedCarriers) ? facts.connectedCarriers.filter((c) => typeof c === "string" && c.trim() !== "") : [];
    return {
      facts,
      now: isEpochMs(now) ? now : void 0,
      pack,
      orderId: readOrderId(facts.orderId),
      ...market ? { market } : {},
      ...marketRules ? { marketRules } : {},
      ...market ? { marketName: marketRules?.name ?? { en: market, zh: market } } : {},
      timeZone,
      policy,
      status,
      ...typeof facts.status === "string" && facts.status.trim() ? { statusText: facts.status.trim() } : {},
      ...carrierId ? { carrierId } : {},
      ...carrierRules ? { carrierRules } : {},
      carrierName: nameCarrier(facts, carrierId, carrierRules),
      carrierText,
      carrierKnown: carrierId !== void 0 || carrierText !== "",
      ...waybill !== void 0 ? { waybill } : {},
      ...isEpochMs(facts.labelCreatedAt) ? { labelCreatedAt: facts.labelCreatedAt } : {},
      ...facts.labelCreatedSource === "api" || facts.labelCreatedSource === "print-click" ? { labelCreatedSource: facts.labelCreatedSource } : {},
      ...events ? { events } : {},
      ...firstScanAt !== void 0 ? { firstScanAt } : {},
      scanKnown: scanned || apiConnected && events !== void 0,
      scanned,
      apiConnected,
      ...isEpochMs(facts.trackingUploadedAt) ? { trackingUploadedAt: facts.trackingUploadedAt } : {},
      ...isFiniteNumber(dpi) && dpi > 0 ? { printerDpi: dpi } : {},
      connectedCarriers: connected,
      ...typeof facts.carrierCallbackUrl === "string" && facts.carrierCallbackUrl.trim() ? { callbackUrl: facts.carrierCallbackUrl.trim() } : {}
    };
  }
  const WAYBILL_PRIOR = { value: 0.837, source: "seed:S29" };
  const LOW_DPI_PRIOR = { value: 0.39, source: "seed:S33" };
  const MIN_LABEL_DPI = { value: 203 };
  const TRACKING_REVISION_WINDOW_HOURS = { value: 72, source: "ref:seller-center#5" };
  function capitalize(text) {
    return { en: text.en.charAt(0).toUpperCase() + text.en.slice(1), zh: text.zh };
  }
  function makeFinding(spec) {
    const template = FINDING_MESSAGES[spec.code];
    const values = spec.values ?? {};
    return {
      code: spec.code,
      severity: spec.severity,
      title: capitalize(renderText(template.title, values)),
      detail: capitalize(renderText(template.detail, values)),
      fix: capitalize(renderText(template.fix, values)),
      source: spec.sources[0],
      sources: [...new Set(spec.sources)],
      evidence: spec.evidence,
      ...spec.prior ? { prior: { ...spec.prior } } : {}
    };
  }
  const same = (text) => ({ en: text, zh: text });
  function withArticle(phrase) {
    return /^[aeio]/i.test(phrase) ? "an" : "a";
  }
  function lowerFirst(text) {
    return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  }
  function describeDefect(issue2) {
    if (issue2.index !== void 0 && issue2.codePoint !== void 0) {
      const name = classifyCodePoint(issue2.codePoint).name;
      const en2 = lowerFirst(name.en);
      return renderText(PHRASES.defectAtPosition, { name: { en: `${withArticle(en2)} ${en2}`, zh: name.zh }, position: issue2.index + 1 });
    }
    const title = WAYBILL_ISSUE_TITLES[issue2.code] ?? same(issue2.code);
    return renderText(PHRASES.defectGeneral, { name: { en: lowerFirst(title.en), zh: title.zh } });
  }
  function describeRevisionWindow(ctx) {
    if (ctx.trackingUploadedAt === void 0 || ctx.now === void 0) return same("");
    const endsAt = ctx.trackingUploadedAt + TRACKING_REVISION_WINDOW_HOURS.value * HOUR_MS$1;
    return ctx.now < endsAt ? renderText(PHRASES.revisionOpen, { left: formatDurationLocalized(endsAt - ctx.now) }) : renderText(PHRASES.revisionClosed, { ago: formatDurationLocalized(ctx.now - endsAt) });
  }
  function describeCorrection(check, firstError) {
    if (check.suggestion && check.candidateValid) return renderText(PHRASES.correctionValid, { normalized: check.normalized });
    if (check.suggestion) return renderText(PHRASES.correctionStillInvalid, { normalized: check.normalized });
    return firstError.fix ?? PHRASES.correctionNone;
  }
  function checkWaybillNumber(ctx) {
    if (ctx.waybill === void 0) {
      return [makeFinding({ code: "waybill-unknown", severity: "unknown", evidence: "unknown", sources: ["seed:S28", "seed:S29"], prior: WAYBILL_PRIOR })];
    }
    const check = checkWaybill(ctx.waybill, {
      ...ctx.carrierId ? { carrier: ctx.carrierId } : ctx.carrierText ? { carrier: ctx.carrierText } : {},
      ...ctx.market ? { market: ctx.market } : {}
    });
    const errors = check.issues.filter((i) => i.severity === "error");
    const firstError = errors[0];
    if (firstError) {
      const more = errors.length - 1 + check.omittedIssueCount;
      return [
        makeFinding({
          code: "waybill-malformed",
          severity: "critical",
          evidence: "observed",
          sources: ["seed:S28", "seed:S29", TRACKING_REVISION_WINDOW_HOURS.source, firstError.source],
          prior: WAYBILL_PRIOR,
          values: {
            defect: describeDefect(firstError),
            waybill: ctx.waybill,
            first: firstError.text,
            more: more > 0 ? renderText(PHRASES.moreIssues, { count: more }) : same(""),
            correction: describeCorrection(check, firstError),
            revision: renderText(PHRASES.revision, { window: describeRevisionWindow(ctx) })
          }
        })
      ];
    }
    const doubt = check.issues.find((i) => i.severity === "warning") ?? check.issues.find((i) => i.code === "format-not-verifiable");
    if (!doubt && check.formatVerifiable) return [];
    return [
      makeFinding({
        code: "waybill-unverified",
        severity: "low",
        evidence: "prior",
        sources: ["seed:S29", ...doubt ? [doubt.source] : []],
        prior: WAYBILL_PRIOR,
        values: {
          forCarrier: ctx.carrierKnown ? renderText(PHRASES.forCarrier, { carrier: ctx.carrierName }) : same(""),
          checkText: doubt ? { en: `${doubt.text.en} `, zh: doubt.text.zh } : same(""),
          waybill: ctx.waybill,
          carrier: ctx.carrierName
        }
      })
    ];
  }
  function labelSourcePhrase(ctx, clocks) {
    if (clocks.firstScan.labelAtSource === "info-received-event") return PHRASES.labelFromEvent;
    if (ctx.labelCreatedSource === "api") return PHRASES.labelFromApi;
    if (ctx.labelCreatedSource === "print-click") return PHRASES.labelFromClick;
    return PHRASES.labelFromUnstated;
  }
  function firstScanUnknown(ctx, clocks) {
    const why = ctx.now === void 0 ? PHRASES.firstScanWhyNoClock : ctx.apiConnected ? PHRASES.firstScanWhyNotFetched : PHRASES.firstScanWhyOffline;
    const labelAt = clocks?.firstScan.labelAt;
    const dueAt = clocks?.firstScan.dueAt;
    let window2 = same("");
    if (labelAt !== void 0 && dueAt !== void 0 && ctx.now !== void 0) {
      const values = { labelTime: formatTimestamp(labelAt, ctx.timeZone), hours: ctx.policy.firstScanHours };
      window2 = ctx.now > dueAt ? renderText(PHRASES.firstScanWindowClosed, { ...values, ago: formatDurationLocalized(ctx.now - dueAt) }) : renderText(PHRASES.firstScanWindowOpen, { ...values, left: formatDurationLocalized(dueAt - ctx.now) });
    }
    return makeFinding({
      code: "first-scan-unknown",
      severity: "unknown",
      evidence: "unknown",
      sources: ["seed:S28", "seed:S27"],
      values: { carrier: ctx.carrierName, why, window: window2, hours: ctx.policy.firstScanHours }
    });
  }
  function checkFirstScan(ctx, clocks) {
    const findings = [];
    const hasLabelTime = clocks !== void 0 ? clocks.firstScan.state !== "unknown" : ctx.labelCreatedAt !== void 0;
    if (!hasLabelTime) {
      findings.push(makeFinding({ code: "label-time-unknown", severity: "unknown", evidence: "unknown", sources: ["seed:S27"], values: { hours: ctx.policy.firstScanHours } }));
    }
    if (!clocks || ctx.now === void 0) {
      if (!ctx.scanned) findings.push(firstScanUnknown(ctx, clocks));
      return findings;
    }
    const fs = clocks.firstScan;
    if (!ctx.scanKnown) {
      findings.push(firstScanUnknown(ctx, clocks));
      return findings;
    }
    if (fs.labelAt === void 0 || fs.dueAt === void 0) return findings;
    const base = {
      carrier: ctx.carrierName,
      hours: ctx.policy.firstScanHours,
      labelTime: formatTimestamp(fs.labelAt, ctx.timeZone),
      labelSource: labelSourcePhrase(ctx, clocks),
      dueTime: formatTimestamp(fs.dueAt, ctx.timeZone)
    };
    const now = ctx.now;
    switch (fs.state) {
      case "overdue": {
        const lost = clocks.risks.includes("lost-suspected") && clocks.status !== "lost";
        findings.push(
          makeFinding({
            code: "first-scan-overdue",
            severity: "critical",
            evidence: "observed",
            sources: ["seed:S27", "seed:S7", "seed:S28", ...lost ? ["ref:seller-center#5"] : []],
            values: {
              ...base,
              sinceLabel: formatDurationLocalized(now - fs.labelAt),
              lateBy: formatDurationLocalized(fs.lateByMs ?? now - fs.dueAt),
              lost: lost ? renderText(PHRASES.lostSuspected, { days: ctx.policy.lostAfterDays ?? 10 }) : same("")
            }
          })
        );
        break;
      }
      case "due-soon":
      case "pending":
        findings.push(
          makeFinding({
            code: fs.state === "due-soon" ? "first-scan-due-soon" : "first-scan-pending",
            severity: fs.state === "due-soon" ? "medium" : "info",
            evidence: "observed",
            sources: ["seed:S7", "seed:S27"],
            values: { ...base, remaining: formatDurationLocalized(fs.remainingMs ?? fs.dueAt - now) }
          })
        );
        break;
      case "late":
        findings.push(
          makeFinding({
            code: "first-scan-late",
            severity: "high",
            evidence: "observed",
            sources: ["seed:S27", "seed:S7"],
            values: {
              ...base,
              lateBy: formatDurationLocalized(fs.lateByMs ?? 0),
              scanTime: formatTimestamp(fs.at ?? fs.dueAt, ctx.timeZone),
              sinceLabel: formatDurationLocalized((fs.at ?? fs.dueAt) - fs.labelAt)
            }
          })
        );
        break;
    }
    return findings;
  }
  function describeEvent(event) {
    if (event.description === FIRST_SCAN_DESCRIPTION) return { en: "First scan", zh: "首次扫描" };
    return same(event.description || event.status);
  }
  const EXCEPTION_STATUSES = /* @__PURE__ */ new Set(["exception", "returned", "lost"]);
  function checkTrail(ctx, clocks) {
    const events = ctx.events;
    if (!events || events.length === 0 || !clocks) return [];
    const findings = [];
    if (clocks.carrierScanCount > 0 && clocks.currentGap.breached) {
      const last = events[events.length - 1];
      findings.push(
        makeFinding({
          code: "tracking-stale",
          severity: "high",
          evidence: "observed",
          sources: ["seed:S7", "seed:S28"],
          values: {
            gap: formatDurationLocalized(clocks.currentGap.ms),
            time: formatTimestamp(last.at, ctx.timeZone),
            description: describeEvent(last),
            hours: ctx.policy.maxUpdateGapHours,
            carrier: ctx.carrierName
          }
        })
      );
    }
    const exception = [...events].reverse().find((e) => EXCEPTION_STATUSES.has(e.status));
    if (exception) {
      const latest = EXCEPTION_STATUSES.has(clocks.status);
      findings.push(
        makeFinding({
          code: "tracking-exception",
          severity: latest ? "high" : "low",
          evidence: "observed",
          sources: ["seed:S8"],
          values: {
            description: describeEvent(exception),
            time: formatTimestamp(exception.at, ctx.timeZone),
            latest: latest ? PHRASES.exceptionLatest : PHRASES.exceptionEarlier,
            carrier: ctx.carrierName
          }
        })
      );
    }
    return findings;
  }
  function checkCarrier(ctx) {
    const findings = [];
    if (!ctx.market) findings.push(makeFinding({ code: "market-unknown", severity: "unknown", evidence: "unknown", sources: ["ref:seller-center#1.1", "seed:S2", "seed:S28"] }));
    if (!ctx.carrierKnown) {
      findings.push(makeFinding({ code: "carrier-unknown", severity: "unknown", evidence: "unknown", sources: ["ref:seller-center#2.7", "seed:S11"] }));
      return findings;
    }
    const values = { carrier: ctx.carrierName, market: ctx.marketName ?? same("") };
    const entry = ctx.market ? ctx.carrierRules?.markets.find((m) => m.market === ctx.market) : void 0;
    const removed = entry?.apiLabelPrinting?.value === false;
    if (removed) {
      findings.push(makeFinding({ code: "carrier-removed-manual-label", severity: "critical", evidence: "observed", sources: [entry.apiLabelPrinting.source, "seed:S9", "seed:S11"], values }));
    }
    const required2 = ctx.marketRules?.certifiedCarrierRequired;
    if (required2) {
      const certification = entry?.certification;
      if (certification?.status === "not-certified") {
        findings.push(
          makeFinding({
            code: "carrier-not-certified",
            severity: "critical",
            evidence: "observed",
            sources: [required2.source, certification.source, "seed:S11"],
            values: { ...values, since: required2.since, note: certification.note ? { en: ` ${certification.note.en}`, zh: certification.note.zh } : same("") }
          })
        );
      } else if (certification?.status !== "certified" && !removed) {
        findings.push(makeFinding({ code: "carrier-certification-unknown", severity: "unknown", evidence: "unknown", sources: ["seed:S11", required2.source], values }));
      }
    }
    findings.push(...checkConnection(ctx));
    return findings;
  }
  function foldName(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.,()&]+/g, "");
  }
  function checkConnection(ctx) {
    if (ctx.connectedCarriers.length === 0) {
      return [makeFinding({ code: "carrier-connection-unknown", severity: "unknown", evidence: "unknown", sources: ["seed:S11"], values: { carrier: ctx.carrierName } })];
    }
    const listed = ctx.connectedCarriers;
    const isListed = ctx.carrierId ? listed.some((c) => resolveCarrierId(c) === ctx.carrierId) : listed.some((c) => foldName(c) === foldName(ctx.carrierText));
    if (isListed) return [];
    return [
      makeFinding({
        code: "carrier-not-connected",
        severity: "high",
        evidence: "observed",
        sources: ["seed:S11"],
        values: { carrier: ctx.carrierName, connected: same(listed.join(", ")) }
      })
    ];
  }
  function checkCallback(ctx) {
    if (!ctx.market) return [];
    const endpoint = ctx.marketRules?.trackingCallbackEndpoint;
    const values = { carrier: ctx.carrierName, market: ctx.marketName ?? same(ctx.market) };
    const unknown2 = (why, how2) => makeFinding({ code: "callback-unknown", severity: "unknown", evidence: "unknown", sources: [endpoint?.source ?? "seed:S28", "seed:S28"], values: { ...values, why, how: how2 } });
    if (!endpoint) {
      return [unknown2(ctx.callbackUrl ? renderText(PHRASES.callbackWhyNoEndpoint, values) : renderText(PHRASES.callbackWhyNotEntered, values), renderText(PHRASES.callbackHowNoEndpoint, values))];
    }
    const comparison = compareCallbackUrl(ctx.callbackUrl, endpoint.url);
    if (comparison.kind === "empty") {
      return [unknown2(renderText(PHRASES.callbackWhyNotEntered, values), renderText(PHRASES.callbackHowWithEndpoint, { ...values, expected: endpoint.url }))];
    }
    if (comparison.kind === "match") return [];
    const how = comparison.kind === "not-a-url" ? PHRASES.notAUrl : comparison.differs === "host" ? PHRASES.differsHost : comparison.differs === "path" ? PHRASES.differsPath : PHRASES.differsBoth;
    return [
      makeFinding({
        code: "callback-mismatch",
        severity: "critical",
        evidence: "observed",
        sources: [endpoint.source, "seed:S28"],
        values: { ...values, entered: comparison.entered, expected: endpoint.url, comparison: how }
      })
    ];
  }
  function checkPrinter(ctx) {
    if (ctx.scanned) return [];
    if (ctx.printerDpi === void 0) {
      return [makeFinding({ code: "printer-unknown", severity: "unknown", evidence: "unknown", sources: ["seed:S33", "seed:S34"], prior: LOW_DPI_PRIOR })];
    }
    if (ctx.printerDpi >= MIN_LABEL_DPI.value) return [];
    return [
      makeFinding({
        code: "printer-below-203dpi",
        severity: "high",
        evidence: "observed",
        sources: ["seed:S33", "seed:S34"],
        prior: LOW_DPI_PRIOR,
        values: { dpi: ctx.printerDpi }
      })
    ];
  }
  function notPending(ctx) {
    return makeFinding({
      code: "order-not-pending",
      severity: "info",
      evidence: "observed",
      sources: ["ref:seller-center#4"],
      values: { status: ORDER_STATUS_TEXTS[ctx.status], statusText: ctx.statusText ?? ORDER_STATUS_TEXTS[ctx.status].en }
    });
  }
  function computeClocks(ctx) {
    if (ctx.now === void 0) return void 0;
    return computeSlaClocks({
      ...ctx.labelCreatedAt !== void 0 ? { labelCreatedAt: ctx.labelCreatedAt } : {},
      events: ctx.events ?? [],
      market: ctx.market ?? "unknown",
      now: ctx.now,
      policy: ctx.policy
    });
  }
  function diagnosePendingShipment(facts, now, pack) {
    const ctx = readContext(facts, now, pack);
    if (!isStillPending(ctx.status)) return rankFindings([notPending(ctx)]);
    const clocks = computeClocks(ctx);
    return rankFindings([
      ...checkWaybillNumber(ctx),
      ...checkFirstScan(ctx, clocks),
      ...checkTrail(ctx, clocks),
      ...checkCarrier(ctx),
      ...checkCallback(ctx),
      ...checkPrinter(ctx)
    ]);
  }
  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
  function joinValues(array2, separator = "|") {
    return array2.map((val) => stringifyPrimitive(val)).join(separator);
  }
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  class Cached {
    constructor(getter) {
      this._getter = getter;
      this._value = void 0;
    }
    get value() {
      const getter = this._getter;
      if (getter !== void 0) {
        this._value = getter();
        this._getter = void 0;
      }
      return this._value;
    }
  }
  function cached$1(getter) {
    return new Cached(getter);
  }
  function nullish(input) {
    return input === null || input === void 0;
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
      return 0;
    return ratio - roundedRatio;
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
  }
  function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
  }
  function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
      get() {
        const value = getter();
        assignProp(this, key, value);
        return value;
      },
      enumerable: true,
      configurable: true
    });
  }
  function putProp(target, key, value) {
    if (key in target)
      assignProp(target, key, value);
    else
      target[key] = value;
  }
  function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(raw, key);
      if (!desc.enumerable)
        continue;
      if (desc.get) {
        deferProp(target, key, () => {
          const value = source._zod.def.shape[key];
          return wrap ? wrap(value, key) : value;
        });
      } else
        putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
  }
  function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
      const desc = Object.getOwnPropertyDescriptor(source, key);
      if (!desc.enumerable)
        continue;
      if (desc.get)
        deferProp(target, key, () => source[key]);
      else
        putProp(target, key, desc.value);
    }
  }
  function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
      const descriptors = Object.getOwnPropertyDescriptors(def);
      Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
  }
  function esc(str) {
    return JSON.stringify(str);
  }
  function slugify(input) {
    return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
  }
  const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  const allowsEval = /* @__PURE__ */ cached$1(() => {
    if (globalConfig.jitless) {
      return false;
    }
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
      return false;
    }
    try {
      const F = Function;
      new F("");
      return true;
    } catch (_) {
      return false;
    }
  });
  function isPlainObject(o) {
    if (isObject(o) === false)
      return false;
    const ctor = o.constructor;
    if (ctor === void 0)
      return true;
    if (typeof ctor !== "function")
      return true;
    const prot = ctor.prototype;
    if (isObject(prot) === false)
      return false;
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
      return false;
    }
    return true;
  }
  function shallowClone(o) {
    if (isPlainObject(o))
      return { ...o };
    if (Array.isArray(o))
      return [...o];
    if (o instanceof Map)
      return new Map(o);
    if (o instanceof Set)
      return new Set(o);
    return o;
  }
  const propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params = _params;
    if (!params)
      return {};
    if (typeof params === "string")
      return { error: () => params };
    if (params?.message !== void 0) {
      if (params?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
      return { ...params, error: () => params.error };
    return params;
  }
  function stringifyPrimitive(value) {
    if (typeof value === "bigint")
      return value.toString() + "n";
    if (typeof value === "string")
      return `"${value}"`;
    return `${value}`;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
      return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
    });
  }
  const NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
  }))();
  const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
  };
  function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
  }
  function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    for (const key of Reflect.ownKeys(mask)) {
      if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
        throw new Error(`Unrecognized key: "${String(key)}"`);
      }
      if (mask[key])
        keys.push(key);
    }
    return keys;
  }
  function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
  }
  function extend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      const existingShape = sourceShape(schema);
      for (const key of Reflect.ownKeys(shape)) {
        if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
          throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
        }
      }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
  }
  function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
  }
  function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
  }
  function merge(a, b) {
    if (!b?._zod?.def) {
      throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
      throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
      shape: newShape,
      get catchall() {
        return b._zod.def.catchall;
      },
      checks: b._zod.def.checks ?? []
    });
    return clone(a, def);
  }
  function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value })));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
  }
  function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
      // overwrite with non-optional
      selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value })
    ));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
  }
  function aborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue === false) {
        return true;
      }
    }
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map((iss) => {
      var _a2;
      (_a2 = iss).path ?? (_a2.path = []);
      iss.path.unshift(path);
      return iss;
    });
  }
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
  }
  function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
      const d = ch._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check))
        break;
      const max = d.maximum ?? d.length ?? d.size;
      if (max >= 0)
        caps.push([max, ch]);
    }
    return caps;
  }
  function attachSchema(issues, start, inst) {
    var _a2;
    for (let i = start; i < issues.length; i++) {
      (_a2 = issues[i]).schema ?? (_a2.schema = inst);
    }
  }
  function finalizeIssue(iss, ctx, config2) {
    var _a2;
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
      if (traits.has("$ZodCheck"))
        (_a2 = iss).schema ?? (_a2.schema = iss.inst);
      else
        iss.schema = iss.inst;
    }
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
    const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
    const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
        continue;
      full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
      full.input = iss.input;
    }
    return full;
  }
  const highSurrogate = /[\uD800-\uDBFF]/;
  function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
      return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
      if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
        count--;
        i++;
      }
    }
    return count;
  }
  function getLengthableOrigin(input) {
    if (Array.isArray(input))
      return "array";
    if (typeof input === "string")
      return "string";
    return "unknown";
  }
  function parsedType(data) {
    const t = typeof data;
    switch (t) {
      case "number": {
        return Number.isNaN(data) ? "nan" : "number";
      }
      case "object": {
        if (data === null) {
          return "null";
        }
        if (Array.isArray(data)) {
          return "array";
        }
        const obj = data;
        if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
          return obj.constructor.name;
        }
      }
    }
    return t;
  }
  function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input,
        inst
      };
    }
    return { ...iss };
  }
  function members(proto, table) {
    for (const key in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key);
      if (desc.get)
        Object.defineProperty(proto, key, { ...desc, enumerable: false });
      else
        defineBound(proto, key, desc.value);
    }
  }
  function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  function hide(inst, key, value) {
    return own(inst, key, value, false);
  }
  function derived(computes, table) {
    for (const key in computes) {
      const compute = computes[key];
      Object.defineProperty(table, key, {
        configurable: true,
        enumerable: true,
        get() {
          return own(this, key, compute(this));
        },
        set(value) {
          own(this, key, value);
        }
      });
    }
    return table;
  }
  function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key, fn.bind(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    return sentinel in proto ? void 0 : proto;
  }
  let installing;
  let broke = false;
  const breaker = {
    configurable: true,
    get() {
      broke = true;
      return void 0;
    }
  };
  function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        Object.defineProperty(this, key, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key];
          else
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, value });
      }
    });
  }
  function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
      return;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        const desc = { configurable: true, writable: true, enumerable, value: void 0 };
        Object.defineProperty(this, key, desc);
        desc.value = make(this);
        Object.defineProperty(this, key, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
      }
    });
  }
  const CONSTANT_CATCH = "~constantCatch";
  function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
  }
  var _a$1;
  const _zodDesc = { value: void 0, enumerable: false };
  let _E = "captureStackTrace" in Error ? Error : null;
  function newError(Definition) {
    const E = _E;
    if (E) {
      const saved = E.stackTraceLimit;
      if (typeof saved === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved;
        }
      }
    }
    return new Definition();
  }
  function $constructor(name, initializer2, proto, params) {
    const zodProto = {};
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = /* @__PURE__ */ new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) {
        return;
      }
      inst._zod.traits.add(name);
      initializer2(inst, def);
      if (initialized) {
        const own2 = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own2;
        while (up && up !== ctorProto)
          up = Object.getPrototypeOf(up);
        const target = up ?? own2;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      const proto2 = _.prototype;
      for (const k in proto2) {
        if (!Object.prototype.hasOwnProperty.call(proto2, k))
          continue;
        if (!(k in inst)) {
          inst[k] = proto2[k].bind(inst);
        }
      }
    }
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      const inst = params?.Parent ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) {
          fn();
        }
        inst._zod.deferred = void 0;
      }
      const pp = globalThis.__zod_globalConfig?.postProcessor;
      if (pp)
        pp(inst);
      return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => {
        if (params?.Parent && inst instanceof params.Parent)
          return true;
        return inst?._zod?.traits?.has(name);
      }
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  class $ZodAsyncError extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  }
  class $ZodEncodeError extends Error {
    constructor(name) {
      super(`Encountered unidirectional transform during encode: ${name}`);
      this.name = "ZodEncodeError";
    }
  }
  (_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
  const globalConfig = globalThis.__zod_globalConfig;
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }
  function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
  }
  function _setMessage(value) {
    this._zod.message = value;
  }
  const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true
  };
  const _issuesDesc = { value: void 0, enumerable: false };
  const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = () => this.message;
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        }
      });
    }
  };
  const $ZodError = $constructor("$ZodError", initializer$1);
  function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
      if (key === "__proto__") {
        Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
      } else {
        obj[key] = make();
      }
    }
    return obj[key];
  }
  function flattenError(error2, mapper = (issue2) => issue2.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error2.issues) {
      if (sub.path.length > 0) {
        node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
      } else {
        formErrors.push(mapper(sub));
      }
    }
    return { formErrors, fieldErrors };
  }
  function formatError(error2, mapper = (issue2) => issue2.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error3, path = []) => {
      for (const issue2 of error3.issues) {
        if (issue2.code === "invalid_union" && issue2.errors.length) {
          issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
        } else if (issue2.code === "invalid_key") {
          processError({ issues: issue2.issues }, [...path, ...issue2.path]);
        } else if (issue2.code === "invalid_element") {
          processError({ issues: issue2.issues }, [...path, ...issue2.path]);
        } else {
          const fullpath = [...path, ...issue2.path];
          if (fullpath.length === 0) {
            fieldErrors._errors.push(mapper(issue2));
          } else {
            let curr = fieldErrors;
            let i = 0;
            while (i < fullpath.length) {
              const el = fullpath[i];
              const terminal = i === fullpath.length - 1;
              if (el === "_errors") {
                if (terminal)
                  curr._errors.push(mapper(issue2));
                i++;
                continue;
              }
              if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                Object.defineProperty(curr, el, {
                  value: { _errors: [] },
                  enumerable: true,
                  writable: true,
                  configurable: true
                });
              }
              const node2 = curr[el];
              if (terminal) {
                node2._errors.push(mapper(issue2));
              }
              curr = node2;
              i++;
            }
          }
        }
      }
    };
    processError(error2);
    return fieldErrors;
  }
  function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
  }
  const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise) {
        throw new $ZodAsyncError();
      }
      if (result2.issues.length) {
        const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, _params?.callee ?? fn);
        throw e;
      }
      return result2.value;
    };
    return fn;
  };
  const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        result2 = await result2;
      if (result2.issues.length) {
        const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params?.callee ?? fn);
        throw e;
      }
      return result2.value;
    };
    return fn;
  };
  const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result2 = schema._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
  };
  function failure(Err, issues, ctx) {
    let error2;
    return {
      success: false,
      get error() {
        if (!error2) {
          error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
          issues = void 0;
          ctx = void 0;
        }
        return error2;
      },
      set error(e) {
        error2 = e;
        issues = void 0;
        ctx = void 0;
      }
    };
  }
  const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result2 = schema._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise)
      result2 = await result2;
    return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
  };
  const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
  const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
  const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== void 0) {
      if (validator(value) !== COMPILE_INVALID)
        return true;
      if (validator.definite === true && _ctx === void 0)
        return false;
    }
    return validateFallback(schema, value, _ctx);
  });
  function validateFallback(schema, value, _ctx) {
    const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result2;
    if (fallbackRun) {
      ctx[COMPILE_FALLBACK] = true;
      result2 = fallbackRun({ value, issues: [] }, ctx);
    } else {
      result2 = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result2 instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result2.issues.length === 0;
  }
  const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
    let result2 = schema._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise)
      result2 = await result2;
    return result2.issues.length === 0;
  };
  const _encode = (_Err) => {
    const parse2 = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return parse2(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _decode = (_Err) => {
    const parse2 = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
      return parse2(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _encodeAsync = (_Err) => {
    const parseAsync2 = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _decodeAsync = (_Err) => {
    const parseAsync2 = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
      return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
  };
  const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
  };
  const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
  };
  const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
  };
  const cuid = /^[cC][0-9a-z]{6,}$/;
  const cuid2 = /^[0-9a-z]+$/;
  const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
  const xid = /^[0-9a-vA-V]{20}$/;
  const ksuid = /^[A-Za-z0-9]{27}$/;
  const nanoid = /^[a-zA-Z0-9_-]{21}$/;
  function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
  }
  const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
  const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
  const uuid = (version2) => {
    if (!version2)
      return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
  };
  const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
  const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
  function emoji() {
    return new RegExp(_emoji$1, "u");
  }
  const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
  const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
  const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
  const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
  const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
  const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
  const httpProtocol = /^https?$/;
  const e164 = /^\+[1-9]\d{6,14}$/;
  const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
  function anchor(source) {
    return new RegExp(`^${source}$`);
  }
  const date = /* @__PURE__ */ anchor(dateSource);
  function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
  }
  function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
  }
  function datetime(args) {
    const opts = ["Z"];
    if (args.offset)
      opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
  }
  const anyString = /^[\s\S]{0,}$/;
  const integer = /^-?\d+$/;
  const number$1 = /^-?\d+(?:\.\d+)?$/;
  const boolean$1 = /^(?:true|false)$/i;
  const lowercase = /^[^A-Z]*$/;
  const uppercase = /^[^a-z]*$/;
  const $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a2;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
  });
  const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== void 0;
  };
  const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date"
  };
  const $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
        return;
      }
      payload.issues.push({
        origin: numericOriginMap[typeof payload.value] ?? origin,
        code: "too_big",
        maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
        return;
      }
      payload.issues.push({
        origin: numericOriginMap[typeof payload.value] ?? origin,
        code: "too_small",
        minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
      if (typeof payload.value !== typeof def.value)
        throw new Error("Cannot mix number and bigint in multiple_of check.");
      const isMultiple = typeof payload.value === "bigint" ? (
        // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
        def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
      ) : floatSafeRemainder(payload.value, def.value) === 0;
      if (isMultiple)
        return;
      payload.issues.push({
        origin: typeof payload.value,
        code: "not_multiple_of",
        divisor: def.value,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def);
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
      const input = payload.value;
      if (isInt) {
        if (!Number.isInteger(input)) {
          payload.issues.push({
            expected: origin,
            format: def.format,
            code: "invalid_type",
            continue: false,
            input,
            inst
          });
          return;
        }
        if (!Number.isSafeInteger(input)) {
          if (input > 0) {
            payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          } else {
            payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          }
          return;
        }
      }
      if (input < minimum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
      if (input > maximum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  const $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a2;
    $ZodCheck.init(inst, def);
    (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
      if (length <= def.maximum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_big",
        maximum: def.maximum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a2;
    $ZodCheck.init(inst, def);
    (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
      if (length >= def.minimum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_small",
        minimum: def.minimum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a2;
    $ZodCheck.init(inst, def);
    (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
      if (length === def.length)
        return;
      const origin = getLengthableOrigin(input);
      const tooBig = length > def.length;
      payload.issues.push({
        origin,
        ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
        inclusive: true,
        exact: true,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a2, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
      (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      });
    else
      (_b = inst._zod).check ?? (_b.check = () => {
      });
  });
  const $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "regex",
        input: payload.value,
        pattern: def.pattern.toString(),
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
  });
  const $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
  });
  const $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
      if (payload.value.includes(def.includes, def.position))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "includes",
        includes: def.includes,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
      if (payload.value.startsWith(def.prefix))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "starts_with",
        prefix: def.prefix,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
      if (payload.value.endsWith(def.suffix))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "ends_with",
        suffix: def.suffix,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
      payload.value = def.tx(payload.value);
    };
  });
  class Doc {
    constructor(args = [], closed = {}) {
      this.content = [];
      this.indent = 0;
      this.args = args;
      this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
      this.indent += 1;
      try {
        fn(this);
      } finally {
        this.indent -= 1;
      }
    }
    write(arg) {
      if (typeof arg === "function") {
        arg(this, { execution: "sync" });
        arg(this, { execution: "async" });
        return;
      }
      const content = arg;
      const lines = content.split("\n").filter((x) => x);
      const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
      const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
      for (const line of dedented) {
        this.content.push(line);
      }
    }
    compile() {
      const F = Function;
      const content = this?.content ?? [``];
      const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
      return factory(...Object.values(this.closed));
    }
  }
  const version = {
    major: 4,
    minor: 6,
    patch: 7
  };
  const $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a2;
    inst ?? (inst = {});
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
    for (const ch of checks) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks.length === 0) {
      (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload, checks2, ctx) => {
        if (payload.memo)
          return payload;
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks2) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload))
              continue;
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && ctx?.async === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            });
          } else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              continue;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload;
          });
        }
        return payload;
      };
      const handleCanaryResult = (canary, payload, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload, checks, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload, ctx);
            });
          }
          return handleCanaryResult(canary, payload, ctx);
        }
        const result2 = inst._zod.parse(payload, ctx);
        if (result2 instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result2.then((result3) => runChecks(result3, checks, ctx));
        }
        return runChecks(result2, checks, ctx);
      };
    }
  }, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
      return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    }
  });
  const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
  async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
  }
  function standardProps(inst) {
    return {
      validate: (value) => {
        const ctx = { async: false };
        try {
          const r = inst._zod.run({ value, issues: [] }, ctx);
          if (!(r instanceof Promise))
            return toStandardResult(r, ctx);
        } catch (_) {
        }
        return validateAsync(inst, value);
      },
      vendor: "zod",
      version: 1
    };
  }
  const $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
      if (def.coerce)
        try {
          payload.value = String(payload.value);
        } catch (_2) {
        }
      if (typeof payload.value === "string")
        return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  const $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
  });
  const $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
      const versionMap = {
        v1: 1,
        v2: 2,
        v3: 3,
        v4: 4,
        v5: 5,
        v6: 6,
        v7: 7,
        v8: 8
      };
      const v = versionMap[def.version];
      if (v === void 0)
        throw new Error(`Invalid UUID version: "${def.version}"`);
      def.pattern ?? (def.pattern = uuid(v));
    } else
      def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
  });
  const $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
  });
  const URL_BAD_FORMAT = 1;
  const URL_UNPARSEABLE = 2;
  function canParseURL(input) {
    try {
      if (typeof URL !== "undefined" && typeof URL.canParse === "function")
        return URL.canParse(input);
      new URL(input);
      return true;
    } catch {
      return false;
    }
  }
  function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
      return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
  }
  function parseURLObject(trimmed, def) {
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
      return URL_BAD_FORMAT;
    }
    try {
      if (typeof URL !== "undefined") {
        const URLStatic = URL;
        if (typeof URLStatic.parse === "function")
          return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
      }
      return new URL(trimmed);
    } catch {
      return URL_UNPARSEABLE;
    }
  }
  const asciiTabOrNewline = /[\t\n\r]/g;
  function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
  }
  function urlHostnameOk(url2, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url2.hostname);
  }
  function urlProtocolOk(url2, protocol2) {
    protocol2.lastIndex = 0;
    return protocol2.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
  }
  const $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      try {
        const trimmed = payload.value.trim();
        const url2 = validateURL(trimmed, def);
        if (url2 === URL_BAD_FORMAT) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid URL format",
            input: payload.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url2 === URL_UNPARSEABLE) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url2 === true) {
          payload.value = stripTabAndNewline(trimmed);
          return;
        }
        if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
        if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
        payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
        return;
      } catch (_) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  const $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
  });
  const $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
      throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
  });
  const $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
  });
  const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
  function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
      return false;
    return canParseURL(`http://[${value}]`);
  }
  const $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (!isValidIPv6(payload.value)) {
        payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  const $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
  });
  function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
      return false;
    const [address, prefix] = parts;
    if (!prefix)
      return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
      return false;
    if (prefixNum < 0 || prefixNum > 128)
      return false;
    return isValidIPv6(address);
  }
  const $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (!isValidCIDRv6(payload.value)) {
        payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  function isValidBase64(data) {
    if (data === "")
      return true;
    if (/\s/.test(data))
      return false;
    if (data.length % 4 !== 0)
      return false;
    try {
      atob(data);
      return true;
    } catch {
      return false;
    }
  }
  const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
  const $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidBase64(payload.value))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "base64",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const base64urlCharset = /^[A-Za-z0-9_-]*$/;
  function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
      return false;
    const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
    const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
    return isValidBase64(padded);
  }
  const $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidBase64URL(payload.value))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "base64url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
  });
  function isValidJWT(token, algorithm = null) {
    try {
      const tokensParts = token.split(".");
      if (tokensParts.length !== 3)
        return false;
      const [header] = tokensParts;
      if (!header)
        return false;
      const parsedHeader = JSON.parse(atob(header));
      if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
        return false;
      if (!parsedHeader.alg)
        return false;
      if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
        return false;
      return true;
    } catch {
      return false;
    }
  }
  const $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidJWT(payload.value, def.alg))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "jwt",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Number(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
        return payload;
      }
      const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
      payload.issues.push({
        expected: "number",
        code: "invalid_type",
        input,
        inst,
        ...received ? { received } : {}
      });
      return payload;
    };
  });
  const $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def);
  });
  const $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Boolean(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "boolean")
        return payload;
      payload.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    };
  });
  const $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
  });
  const $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
      payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
      return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse2 = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
      const n2 = size(payload.value);
      if (n2 > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
        for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
          if (n2 > max && ch._zod.def.when(payload)) {
            const start = payload.issues.length;
            ch._zod.check(payload);
            payload.issues[start].continue = false;
            attachSchema(payload.issues, start, inst);
            return payload;
          }
        }
      }
      return parse2(payload, ctx);
    };
  }
  const arraySize = (input) => Array.isArray(input) ? input.length : -1;
  function handleArrayResult(result2, final, index) {
    if (result2.issues.length) {
      final.issues.push(...prefixIssues(index, result2.issues));
    }
    final.value[index] = result2.value;
  }
  const $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo2 = globalConfig.memoizer;
    memo2?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!Array.isArray(input)) {
        payload.issues.push({
          expected: "array",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
      const proms = [];
      const abortEarly = ctx?.abortEarly;
      for (let i = 0; i < input.length; i++) {
        const item = input[i];
        const result2 = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result2 instanceof Promise) {
          proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
        } else {
          handleArrayResult(result2, payload, i);
          if (abortEarly && result2.issues.length !== 0 && aborted(result2))
            break;
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
    capSize(inst, arraySize);
  });
  function handlePropertyResult(result2, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    if (!isPresent && isOptionalOut && optin === "optional") {
      return;
    }
    if (result2.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) {
        return;
      }
      final.issues.push(...prefixIssues(key, result2.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result2.issues.length) {
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key]
        });
      }
      return;
    }
    if (result2.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) {
        final.value[key] = void 0;
      }
    } else {
      final.value[key] = result2.value;
    }
  }
  const NO_SYMBOL_KEYS = [];
  function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
      if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
        throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      }
    }
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      allKeys,
      symbolKeys,
      // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
    };
  }
  function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    let seen = 0;
    for (const key in input) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (keySet.has(key))
        continue;
      if (key === "__proto__") {
        if (t === "never")
          unrecognized.push(key);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key);
        continue;
      }
      const r = _catchall.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (unrecognized.length) {
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
    }
    if (!proms.length)
      return payload;
    return Promise.all(proms).then(() => {
      return payload;
    });
  }
  const $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    const sh = desc?.get ? desc.get.raw : def.shape ?? {};
    if (sh) {
      const get = () => {
        const newSh = { ...sh };
        Object.defineProperty(def, "shape", { value: newSh });
        get.raw = newSh;
        return newSh;
      };
      get.raw = sh;
      Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached$1(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
      const shape = zod.def.shape;
      const propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
            assignProp(propValues, key, /* @__PURE__ */ new Set());
          }
          for (const v of field.values)
            propValues[key].add(v);
          if (field.optin !== void 0)
            propValues[key].add(void 0);
        }
      }
      return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo2 = globalConfig.memoizer;
    memo2?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload.value;
      if (!isObject$1(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const proms = [];
      const shape = value.shape;
      const abortEarly = ctx?.abortEarly;
      let seen = payload.issues.length;
      for (const key of value.allKeys) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        if (key === "__proto__")
          continue;
        const el = shape[key];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
        } else {
          handlePropertyResult(r, payload, key, input, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  const $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached$1(() => normalizeDef(def));
    const memo2 = globalConfig.memoizer;
    const generateFastpass = (shape) => {
      const normalized = _normalized.value;
      const syms = normalized.symbolKeys;
      const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
      const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
      const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
      doc.write(`const input = payload.value;`);
      const ids = /* @__PURE__ */ Object.create(null);
      let counter = 0;
      for (const key of normalized.allKeys) {
        ids[key] = `key_${counter++}`;
      }
      doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
      for (const key of normalized.allKeys) {
        if (key === "__proto__")
          continue;
        const id = ids[key];
        const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
        const isPresent = `${k} in input`;
        const schema = shape[key];
        const optin = schema?._zod?.optin;
        const isOptionalIn = optin !== void 0;
        const isOptionalOut = schema?._zod?.optout === "optional";
        doc.write(`const ${id} = ${parseStr(k)};`);
        if (isOptionalIn && isOptionalOut) {
          const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
          doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
        } else if (!isOptionalIn) {
          doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
        } else {
          doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
          if (optin === "defaulted") {
            doc.write(`newResult[${k}] = ${id}.value;`);
          } else {
            doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
          }
        }
      }
      doc.write(`payload.value = newResult;`);
      doc.write(`return payload;`);
      return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload.value;
      if (!isObject$1(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
        if (!fastpass)
          fastpass = generateFastpass(def.shape);
        payload = fastpass(payload, ctx);
        if (!catchall)
          return payload;
        return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
      }
      return superParse(payload, ctx);
    };
  });
  function handleUnionResults(results, final, inst, ctx) {
    for (const result2 of results) {
      if (result2.issues.length === 0) {
        final.value = result2.value;
        return final;
      }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
      final.value = nonaborted[0].value;
      return nonaborted[0];
    }
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result2) => result2.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
    return final;
  }
  const $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values)) {
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }
      return void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
      return void 0;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
      if (first) {
        return first(payload, ctx);
      }
      let async = false;
      const results = [];
      for (const option of def.options) {
        const result2 = option._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result2 instanceof Promise) {
          results.push(result2);
          async = true;
        } else {
          if (result2.issues.length === 0)
            return result2;
          results.push(result2);
        }
      }
      if (!async)
        return handleUnionResults(results, payload, inst, ctx);
      return Promise.all(results).then((results2) => {
        return handleUnionResults(results2, payload, inst, ctx);
      });
    };
  });
  function discriminatorMap(def) {
    const map = /* @__PURE__ */ new Map();
    for (const option of def.options) {
      const values = option._zod.propValues?.[def.discriminator];
      if (!values || values.size === 0)
        throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
      for (const value of values) {
        if (map.has(value)) {
          if (value !== void 0)
            throw new Error(`Duplicate discriminator value "${String(value)}"`);
          map.set(value, null);
        } else {
          map.set(value, option);
        }
      }
    }
    return map;
  }
  const $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
      const propValues = {};
      let undefinedCount = 0;
      for (const option of zod.def.options) {
        const pv = option._zod.propValues;
        if (!pv || Object.keys(pv).length === 0)
          throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
        if (pv[zod.def.discriminator]?.has(void 0))
          undefinedCount++;
        for (const [k, v] of Object.entries(pv)) {
          if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
            assignProp(propValues, k, /* @__PURE__ */ new Set());
          }
          for (const val of v) {
            propValues[k].add(val);
          }
        }
      }
      if (!zod.def.unionFallback && undefinedCount > 1)
        propValues[zod.def.discriminator]?.delete(void 0);
      return propValues;
    });
    def.options.forEach((option, i) => {
      const propShape = rawShape(option._zod.def);
      if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
        throw new Error(`Invalid discriminated union option at index "${i}"`);
      }
    });
    const disc = cached$1(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!isObject(input)) {
        payload.issues.push({
          code: "invalid_type",
          expected: "object",
          input,
          inst
        });
        return payload;
      }
      const value = input?.[def.discriminator];
      const opt = disc.value.get(value);
      if (opt && (value !== void 0 || ctx.direction !== "backward")) {
        return opt._zod.run(payload, ctx);
      }
      if (def.unionFallback || ctx.direction === "backward") {
        return _super(payload, ctx);
      }
      payload.issues.push({
        code: "invalid_union",
        errors: [],
        note: "No matching discriminator",
        discriminator: def.discriminator,
        options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
        input,
        path: [def.discriminator],
        inst
      });
      return payload;
    };
  });
  const $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      const left = def.left._zod.run({ value: input, issues: [] }, ctx);
      const right = def.right._zod.run({ value: input, issues: [] }, ctx);
      const async = left instanceof Promise || right instanceof Promise;
      if (async) {
        return Promise.all([left, right]).then(([left2, right2]) => {
          return handleIntersectionResults(payload, left2, right2);
        });
      }
      return handleIntersectionResults(payload, left, right);
    };
  });
  function mergeValues(a, b) {
    if (a === b) {
      return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
      return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const bKeys = Object.keys(b);
      const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
      const newObj = { ...a, ...b };
      if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
        delete newObj.__proto__;
      for (const key of sharedKeys) {
        if (key === "__proto__")
          continue;
        const sharedValue = mergeValues(a[key], b[key]);
        if (!sharedValue.valid) {
          return {
            valid: false,
            mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
          };
        }
        newObj[key] = sharedValue.data;
      }
      return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        return { valid: false, mergeErrorPath: [] };
      }
      const newArray = [];
      for (let index = 0; index < a.length; index++) {
        const itemA = a[index];
        const itemB = b[index];
        const sharedValue = mergeValues(itemA, itemB);
        if (!sharedValue.valid) {
          return {
            valid: false,
            mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
          };
        }
        newArray.push(sharedValue.data);
      }
      return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
  }
  function handleIntersectionResults(result2, left, right) {
    const unrecKeys = /* @__PURE__ */ new Map();
    let unrecIssue;
    const keyIssues = /* @__PURE__ */ new Map();
    const collect = (iss, side) => {
      let keys;
      if (iss.code === "unrecognized_keys" && !iss.path?.length) {
        unrecIssue ?? (unrecIssue = iss);
        keys = iss.keys;
      } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
        const k = String(iss.path[0]);
        if (!keyIssues.has(k))
          keyIssues.set(k, iss);
        keys = [k];
      } else {
        return false;
      }
      for (const k of keys) {
        if (!unrecKeys.has(k))
          unrecKeys.set(k, {});
        unrecKeys.get(k)[side] = true;
      }
      return true;
    };
    for (const iss of left.issues) {
      if (!collect(iss, "l"))
        result2.issues.push(iss);
    }
    for (const iss of right.issues) {
      if (!collect(iss, "r"))
        result2.issues.push(iss);
    }
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
      const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
      if (aggregated.length)
        result2.issues.push({ ...unrecIssue, keys: aggregated });
      for (const k of bothKeys) {
        if (!aggregated.includes(k) && keyIssues.has(k))
          result2.issues.push(keyIssues.get(k));
      }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
      if (aborted(result2))
        return result2;
      throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result2.value = merged.data;
    return result2;
  }
  const $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo2 = globalConfig.memoizer;
    memo2?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!isPlainObject(input)) {
        payload.issues.push({
          expected: "record",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      const proms = [];
      const values = def.keyType._zod.values;
      if (values && !def.partial) {
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const recordKeys = /* @__PURE__ */ new Set();
        for (const key of values) {
          if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
            recordKeys.add(typeof key === "number" ? key.toString() : key);
            if (key === "__proto__")
              continue;
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            if (keyResult.issues.length) {
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                input: key,
                path: [key],
                inst
              });
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result2 instanceof Promise) {
              proms.push(result2.then((result3) => {
                if (result3.issues.length) {
                  payload.issues.push(...prefixIssues(key, result3.issues));
                }
                payload.value[outKey] = result3.value;
              }));
            } else {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }
          }
        }
        let unrecognized;
        for (const key in input) {
          if (!recordKeys.has(key)) {
            if (def.mode === "loose") {
              if (key === "__proto__")
                continue;
              payload.value[key] = input[key];
            } else {
              unrecognized = unrecognized ?? [];
              unrecognized.push(key);
            }
          }
        }
        if (unrecognized && unrecognized.length > 0) {
          payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: true
          });
        }
      } else {
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        let unrecognized;
        for (const key of Reflect.ownKeys(input)) {
          if (key === "__proto__")
            continue;
          if (!Object.prototype.propertyIsEnumerable.call(input, key))
            continue;
          let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
          if (checkNumericKey) {
            const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
            if (retryResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            if (retryResult.issues.length === 0) {
              keyResult = retryResult;
            }
          }
          if (keyResult.issues.length) {
            if (def.mode === "loose") {
              payload.value[key] = input[key];
            } else if (values) {
              unrecognized = unrecognized ?? [];
              unrecognized.push(key);
            } else {
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                input: key,
                path: [key],
                inst
              });
            }
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => {
              if (result3.issues.length) {
                payload.issues.push(...prefixIssues(key, result3.issues));
              }
              payload.value[outKey] = result3.value;
            }));
          } else {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }
        }
        if (unrecognized && unrecognized.length > 0) {
          payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: true
          });
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
  });
  const $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
      const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
      return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (valuesSet.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values,
        input,
        inst
      });
      return payload;
    };
  });
  const $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
      const vals = zod.def.values;
      return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (values.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values: def.values,
        input,
        inst
      });
      return payload;
    };
  });
  const $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        throw new $ZodEncodeError(inst.constructor.name);
      }
      const _out = def.transform(payload.value, payload);
      if (ctx.async) {
        const output = _out instanceof Promise ? _out : Promise.resolve(_out);
        return output.then((output2) => {
          payload.value = output2;
          return payload;
        });
      }
      if (_out instanceof Promise) {
        throw new $ZodAsyncError();
      }
      payload.value = _out;
      return payload;
    };
  });
  function handleOptionalResult(payload, result2) {
    payload.value = result2.issues.length ? void 0 : result2.value;
    return payload;
  }
  const $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
      const values = zod.def.innerType._zod.values;
      return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === void 0) {
        if (def.innerType._zod.optin !== "defaulted")
          return payload;
        const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result2 instanceof Promise)
          return result2.then((result3) => handleOptionalResult(payload, result3));
        return handleOptionalResult(payload, result2);
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    inst._zod.parse = (payload, ctx) => {
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
    });
    defineLazyInternal(inst, "values", (zod) => {
      return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === null)
        return payload;
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      if (payload.value === void 0) {
        payload.value = def.defaultValue;
        return payload;
      }
      const result2 = def.innerType._zod.run(payload, ctx);
      if (result2 instanceof Promise) {
        return result2.then((result3) => handleDefaultResult(result3, def));
      }
      return handleDefaultResult(result2, def);
    };
  });
  function handleDefaultResult(payload, def) {
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return payload;
  }
  const $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      if (payload.value === void 0) {
        payload.value = def.defaultValue;
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
      const v = zod.def.innerType._zod.values;
      return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      const result2 = def.innerType._zod.run(payload, ctx);
      if (result2 instanceof Promise) {
        return result2.then((result3) => handleNonOptionalResult(result3, inst));
      }
      return handleNonOptionalResult(result2, inst);
    };
  });
  function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === void 0) {
      payload.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: payload.value,
        inst
      });
    }
    return payload;
  }
  function handleCatchResult(payload, result2, def, ctx) {
    if (!result2.issues.length) {
      payload.value = result2.value;
      if (result2.memo)
        payload.memo = true;
      return payload;
    }
    payload.value = def.catchValue({
      ...result2,
      value: payload.value,
      error: {
        issues: result2.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      },
      input: payload.value
    });
    return payload;
  }
  const $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result2 instanceof Promise) {
        return result2.then((result3) => handleCatchResult(payload, result3, def, ctx));
      }
      return handleCatchResult(payload, result2, def, ctx);
    };
  });
  const $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        const right = def.out._zod.run(payload, ctx);
        if (right instanceof Promise) {
          return right.then((right2) => handlePipeResult(right2, def.in, ctx));
        }
        return handlePipeResult(right, def.in, ctx);
      }
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handlePipeResult(left2, def.out, ctx));
      }
      return handlePipeResult(left, def.out, ctx);
    };
  });
  function handlePipeResult(left, next, ctx) {
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
      left.aborted = true;
      return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
  }
  const $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
  });
  const $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      const result2 = def.innerType._zod.run(payload, ctx);
      if (result2 instanceof Promise) {
        return result2.then(handleReadonlyResult);
      }
      return handleReadonlyResult(result2);
    };
  });
  function handleReadonlyResult(payload) {
    if (!payload.memo)
      payload.value = Object.freeze(payload.value);
    return payload;
  }
  const $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
      return payload;
    };
    inst._zod.check = (payload) => {
      const input = payload.value;
      const r = def.fn(input);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload, input, inst));
      }
      handleRefineResult(r, payload, input, inst);
      return;
    };
  });
  function handleRefineResult(result2, payload, input, inst) {
    if (!result2) {
      const _iss = {
        code: "custom",
        input,
        inst,
        // incorporates params.error into issue reporting
        path: [...inst._zod.def.path ?? []],
        // incorporates params.error into issue reporting
        continue: !inst._zod.def.abort
        // params: inst._zod.def.params,
      };
      if (inst._zod.def.params)
        _iss.params = inst._zod.def.params;
      payload.issues.push(issue(_iss));
    }
  }
  class $ZodCyclicError extends Error {
    constructor() {
      super(`Cannot parse a reference cycle that closes through a transform`);
      this.name = "ZodCyclicError";
    }
  }
  const STATE = "~memo";
  const NO_ISSUES = [];
  function isRef(value) {
    return value !== null && typeof value === "object";
  }
  function cloneIssues(issues) {
    return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
  }
  const recursive = /* @__PURE__ */ new WeakMap();
  const NONE = 0;
  const ASSUMED = 1;
  const PROVEN = 2;
  function isRecursive(inst, stack, resolve) {
    const cached2 = recursive.get(inst);
    if (cached2 !== void 0)
      return cached2 ? PROVEN : NONE;
    if (stack.has(inst))
      return PROVEN;
    stack.add(inst);
    let result2 = NONE;
    const check = (child) => {
      if (result2 !== PROVEN && child?._zod) {
        const answer = isRecursive(child, stack);
        if (answer > result2)
          result2 = answer;
      }
    };
    const shape = (sh, spread) => {
      let answer = NONE;
      for (const key of Reflect.ownKeys(sh)) {
        const desc = Object.getOwnPropertyDescriptor(sh, key);
        if (!desc.enumerable)
          continue;
        const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack) : NONE;
        if (child > answer)
          answer = child;
      }
      return answer;
    };
    const merge2 = (answer) => {
      if (answer > result2)
        result2 = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const raw = rawShape(def);
        merge2(raw ? shape(raw) : ASSUMED);
        check(def.catchall);
        break;
      }
      case "array":
        check(def.element);
        break;
      case "tuple":
        for (const el of def.items)
          check(el);
        check(def.rest);
        break;
      case "record":
      case "map":
        check(def.keyType);
        check(def.valueType);
        break;
      case "set":
        check(def.valueType);
        break;
      case "union":
        for (const el of def.options)
          check(el);
        break;
      case "intersection":
        check(def.left);
        check(def.right);
        break;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success":
        check(def.innerType);
        break;
      case "pipe":
        check(def.in);
        check(def.out);
        break;
      case "function":
        check(def.input);
        check(def.output);
        break;
      // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
      case "lazy": {
        const inner = def._cachedInner ?? void 0;
        merge2(inner ? isRecursive(inner, stack) : ASSUMED);
        break;
      }
      // a leaf by choice: `parts` are regex fragments, not data positions
      case "template_literal":
      // leaves
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        break;
      default: {
        for (const key in def) {
          const desc = Object.getOwnPropertyDescriptor(def, key);
          if (!desc || desc.get)
            continue;
          const value = desc.value;
          if (!value || typeof value !== "object")
            continue;
          if (value._zod)
            check(value);
          else if (Array.isArray(value))
            for (const el of value)
              check(el);
        }
      }
    }
    stack.delete(inst);
    return settle$1(inst, result2);
  }
  function settle$1(inst, answer) {
    if (answer !== ASSUMED)
      recursive.set(inst, answer === PROVEN);
    return answer;
  }
  function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
      bucket = /* @__PURE__ */ new WeakMap();
      state.buckets.set(inst, bucket);
    }
    return bucket;
  }
  let handoff;
  const open = [];
  const memo$1 = {
    alloc(_inst, payload, empty) {
      const bucket = handoff;
      if (!bucket)
        return empty;
      handoff = void 0;
      const entry = { value: empty, issues: null };
      bucket.set(payload.value, entry);
      open.push(entry);
      return empty;
    },
    guard(inst) {
      var _a2;
      (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
      inst._zod.deferred.push(() => {
        const base = inst._zod.parse;
        const wrapped = (payload, ctx) => {
          if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
            throw new $ZodCyclicError();
          return base(payload, ctx);
        };
        inst._zod.parse = wrapped;
        if (inst._zod.run === base)
          inst._zod.run = wrapped;
      });
    },
    attach(inst) {
      var _a2;
      let isRecursiveInst;
      let rechecked = false;
      let lastCtx;
      let lastBucket;
      (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
      inst._zod.deferred.push(() => {
        const base = inst._zod.parse;
        const wrapped = (payload, ctx) => {
          if (isRecursiveInst === void 0) {
            const walked = isRecursive(inst, /* @__PURE__ */ new Set());
            if (walked === NONE) {
              inst._zod.parse = base;
              if (inst._zod.run === wrapped)
                inst._zod.run = base;
              return base(payload, ctx);
            }
            if (walked === PROVEN || rechecked)
              isRecursiveInst = true;
            else
              rechecked = true;
          }
          const input = payload.value;
          if (!isRef(input))
            return base(payload, ctx);
          let state = ctx[STATE];
          if (!state) {
            state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
            ctx[STATE] = state;
          }
          let bucket;
          if (lastCtx === ctx) {
            bucket = lastBucket;
          } else {
            bucket = bucketFor(state, inst);
            lastCtx = ctx;
            lastBucket = bucket;
          }
          const hit = bucket.get(input);
          if (hit) {
            payload.value = hit.value;
            if (hit.issues) {
              if (hit.issues.length)
                payload.issues.push(...cloneIssues(hit.issues));
            } else {
              payload.memo = true;
              state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
              state.backEdges.add(hit.value);
            }
            return payload;
          }
          handoff = bucket;
          const depth = open.length;
          const result2 = base(payload, ctx);
          handoff = void 0;
          const entry = open.length > depth ? open.pop() : void 0;
          if (result2 instanceof Promise) {
            return result2.then((r) => {
              if (entry)
                entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
              return r;
            });
          }
          if (entry)
            entry.issues = result2.issues.length ? cloneIssues(result2.issues) : NO_ISSUES;
          return result2;
        };
        inst._zod.parse = wrapped;
        if (inst._zod.run === base)
          inst._zod.run = wrapped;
      });
    }
  };
  function memoizer() {
    return memo$1;
  }
  function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== void 0 && isRef(value) && backEdges.has(value);
  }
  const error = () => {
    const Sizable = {
      string: { unit: "characters", verb: "to have" },
      file: { unit: "bytes", verb: "to have" },
      array: { unit: "items", verb: "to have" },
      set: { unit: "items", verb: "to have" },
      map: { unit: "entries", verb: "to have" }
    };
    function getSizing(origin) {
      return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      currency_code: "currency code",
      credit_card: "credit card number",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input"
    };
    const TypeDictionary = {
      // Compatibility: "nan" -> "NaN" for display
      nan: "NaN"
      // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
      if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
        return String(input);
      }
      return TypeDictionary[type] ?? type;
    }
    return (issue2) => {
      switch (issue2.code) {
        case "invalid_type": {
          const expected = getTypeName(issue2.expected);
          const receivedType = parsedType(issue2.input);
          const received = getTypeName(receivedType, issue2.input);
          return `Invalid input: expected ${expected}, received ${received}`;
        }
        case "invalid_value":
          if (issue2.values.length === 1)
            return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
          return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
        case "too_big": {
          const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
          const sizing = getSizing(issue2.origin);
          if (sizing)
            return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
          return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
        }
        case "too_small": {
          const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
          const sizing = getSizing(issue2.origin);
          if (sizing) {
            return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
          }
          return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
        }
        case "invalid_format": {
          const _issue = issue2;
          if (_issue.format === "starts_with") {
            return `Invalid string: must start with "${_issue.prefix}"`;
          }
          if (_issue.format === "ends_with")
            return `Invalid string: must end with "${_issue.suffix}"`;
          if (_issue.format === "includes")
            return `Invalid string: must include "${_issue.includes}"`;
          if (_issue.format === "regex")
            return `Invalid string: must match pattern ${_issue.pattern}`;
          return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
        }
        case "not_multiple_of":
          return `Invalid number: must be a multiple of ${issue2.divisor}`;
        case "unrecognized_keys":
          return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
        case "invalid_key":
          return `Invalid key in ${issue2.origin}`;
        case "invalid_union":
          if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
            const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
            return `Invalid discriminator value. Expected ${opts}`;
          }
          if (issue2.inclusive === false) {
            return "Invalid input: more than one option matched";
          }
          return "Invalid input";
        case "invalid_element":
          return `Invalid value in ${issue2.origin}`;
        default:
          return `Invalid input`;
      }
    };
  };
  function en() {
    return {
      localeError: error()
    };
  }
  var _a;
  class $ZodRegistry {
    constructor() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
    }
    add(schema, ..._meta) {
      const meta = _meta[0];
      this._map.set(schema, meta);
      if (meta && typeof meta === "object" && "id" in meta) {
        this._idmap.set(meta.id, schema);
      }
      return this;
    }
    clear() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
      return this;
    }
    remove(schema) {
      const meta = this._map.get(schema);
      if (meta && typeof meta === "object" && "id" in meta) {
        this._idmap.delete(meta.id);
      }
      this._map.delete(schema);
      return this;
    }
    get(schema) {
      const p = schema._zod.parent;
      if (p) {
        const pm = { ...this.get(p) ?? {} };
        delete pm.id;
        const f = { ...pm, ...this._map.get(schema) };
        return Object.keys(f).length ? f : void 0;
      }
      return this._map.get(schema);
    }
    has(schema) {
      return this._map.has(schema);
    }
  }
  function registry() {
    return new $ZodRegistry();
  }
  (_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
  const globalRegistry = globalThis.__zod_globalRegistry;
  function snapshotChecks(def) {
    if (def.checks)
      def.checks = [...def.checks];
    return def;
  }
  // @__NO_SIDE_EFFECTS__
  function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _email(Class, params) {
    return new Class({
      type: "string",
      format: "email",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _guid(Class, params) {
    return new Class({
      type: "string",
      format: "guid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuid(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv4(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v4",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv6(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v6",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv7(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v7",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _url(Class, params) {
    return new Class({
      type: "string",
      format: "url",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _emoji(Class, params) {
    return new Class({
      type: "string",
      format: "emoji",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _nanoid(Class, params) {
    return new Class({
      type: "string",
      format: "nanoid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cuid(Class, params) {
    return new Class({
      type: "string",
      format: "cuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cuid2(Class, params) {
    return new Class({
      type: "string",
      format: "cuid2",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ulid(Class, params) {
    return new Class({
      type: "string",
      format: "ulid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _xid(Class, params) {
    return new Class({
      type: "string",
      format: "xid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ksuid(Class, params) {
    return new Class({
      type: "string",
      format: "ksuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ipv4(Class, params) {
    return new Class({
      type: "string",
      format: "ipv4",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ipv6(Class, params) {
    return new Class({
      type: "string",
      format: "ipv6",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cidrv4(Class, params) {
    return new Class({
      type: "string",
      format: "cidrv4",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cidrv6(Class, params) {
    return new Class({
      type: "string",
      format: "cidrv6",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _base64(Class, params) {
    return new Class({
      type: "string",
      format: "base64",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _base64url(Class, params) {
    return new Class({
      type: "string",
      format: "base64url",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _e164(Class, params) {
    return new Class({
      type: "string",
      format: "e164",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _jwt(Class, params) {
    return new Class({
      type: "string",
      format: "jwt",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDateTime(Class, params) {
    return new Class({
      type: "string",
      format: "datetime",
      check: "string_format",
      offset: false,
      local: false,
      precision: null,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDate(Class, params) {
    return new Class({
      type: "string",
      format: "date",
      check: "string_format",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoTime(Class, params) {
    return new Class({
      type: "string",
      format: "time",
      check: "string_format",
      precision: null,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDuration(Class, params) {
    return new Class({
      type: "string",
      format: "duration",
      check: "string_format",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _int(Class, params) {
    return new Class({
      type: "number",
      check: "number_format",
      abort: false,
      format: "safeint",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _boolean(Class, params) {
    return new Class({
      type: "boolean",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _unknown(Class) {
    return new Class({
      type: "unknown"
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _never(Class, params) {
    return new Class({
      type: "never",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _lt(value, params) {
    return new $ZodCheckLessThan({
      check: "less_than",
      ...normalizeParams(params),
      value,
      inclusive: false
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _lte(value, params) {
    return new $ZodCheckLessThan({
      check: "less_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _gt(value, params) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params),
      value,
      inclusive: false
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _gte(value, params) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
      check: "multiple_of",
      ...normalizeParams(params),
      value
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params),
      maximum
    });
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
      check: "min_length",
      ...normalizeParams(params),
      minimum
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _length(length, params) {
    return new $ZodCheckLengthEquals({
      check: "length_equals",
      ...normalizeParams(params),
      length
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _regex(pattern, params) {
    return new $ZodCheckRegex({
      check: "string_format",
      format: "regex",
      ...normalizeParams(params),
      pattern
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _lowercase(params) {
    return new $ZodCheckLowerCase({
      check: "string_format",
      format: "lowercase",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uppercase(params) {
    return new $ZodCheckUpperCase({
      check: "string_format",
      format: "uppercase",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _includes(includes, params) {
    return new $ZodCheckIncludes({
      check: "string_format",
      format: "includes",
      ...normalizeParams(params),
      includes
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
      check: "string_format",
      format: "starts_with",
      ...normalizeParams(params),
      prefix
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
      check: "string_format",
      format: "ends_with",
      ...normalizeParams(params),
      suffix
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _overwrite(tx) {
    return new $ZodCheckOverwrite({
      check: "overwrite",
      tx
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _normalize(form) {
    return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
  }
  // @__NO_SIDE_EFFECTS__
  function _trim() {
    return /* @__PURE__ */ _overwrite((input) => input.trim());
  }
  // @__NO_SIDE_EFFECTS__
  function _toLowerCase() {
    return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
  }
  // @__NO_SIDE_EFFECTS__
  function _toUpperCase() {
    return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
  }
  // @__NO_SIDE_EFFECTS__
  function _slugify() {
    return /* @__PURE__ */ _overwrite((input) => slugify(input));
  }
  // @__NO_SIDE_EFFECTS__
  function _array(Class, element, params) {
    return new Class({
      type: "array",
      element,
      // get element() {
      //   return element;
      // },
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _refine(Class, fn, _params) {
    const schema = new Class({
      type: "custom",
      check: "custom",
      fn,
      ...normalizeParams(_params)
    });
    return schema;
  }
  // @__NO_SIDE_EFFECTS__
  function _superRefine(fn, params) {
    const ch = /* @__PURE__ */ _check((payload) => {
      payload.addIssue = (issue$1) => {
        if (typeof issue$1 === "string") {
          payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
        } else {
          const _issue = issue$1;
          if (_issue.fatal)
            _issue.continue = false;
          _issue.code ?? (_issue.code = "custom");
          if (!("input" in _issue))
            _issue.input = payload.value;
          _issue.inst ?? (_issue.inst = ch);
          _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
          payload.issues.push(issue(_issue));
        }
      };
      return fn(payload.value, payload);
    }, params);
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _check(fn, params) {
    const ch = new $ZodCheck({
      check: "custom",
      ...normalizeParams(params)
    });
    ch._zod.check = fn;
    return ch;
  }
  function assignProps(target, ...sources) {
    for (const source of sources) {
      for (const key of Reflect.ownKeys(source)) {
        if (Object.prototype.propertyIsEnumerable.call(source, key)) {
          assignProp(target, key, source[key]);
        }
      }
    }
    return target;
  }
  function initializeContext(params) {
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
      target = "draft-04";
    if (target === "draft-7")
      target = "draft-07";
    return {
      processors: params.processors ?? {},
      metadataRegistry: params?.metadata ?? globalRegistry,
      target,
      unrepresentable: params?.unrepresentable ?? "throw",
      override: params?.override ?? (() => {
      }),
      io: params?.io ?? "output",
      counter: 0,
      seen: /* @__PURE__ */ new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: params?.cycles ?? "ref",
      reused: params?.reused ?? "inline",
      intersections: [],
      deferred: [],
      external: params?.external ?? void 0
    };
  }
  function handleUnrepresentable(schema, ctx, json, params, message) {
    const result2 = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
    if (result2 === "any")
      return false;
    if (result2 === void 0 || result2 === "throw")
      throw new Error(message);
    Object.assign(json, result2);
    return true;
  }
  function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a2;
    const def = schema._zod.def;
    const seen = ctx.seen.get(schema);
    if (seen) {
      seen.count++;
      const isCycle = _params.schemaPath.includes(schema);
      if (isCycle) {
        seen.cycle = _params.path;
      }
      return seen.schema;
    }
    const result2 = { schema: {}, count: 1, cycle: void 0, path: _params.path };
    ctx.seen.set(schema, result2);
    ctx.sharedDefsExtractedFor = void 0;
    ctx.sharedEmitDoneFor = void 0;
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
      result2.schema = overrideSchema;
    } else {
      const params = {
        ..._params,
        schemaPath: [..._params.schemaPath, schema],
        path: _params.path
      };
      if (schema._zod.processJSONSchema) {
        schema._zod.processJSONSchema(ctx, result2.schema, params);
      } else {
        const _json = result2.schema;
        const processor = ctx.processors[def.type];
        if (!processor) {
          throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
        }
        processor(schema, ctx, _json, params);
      }
      const parent = schema._zod.parent;
      if (parent) {
        if (!result2.ref)
          result2.ref = parent;
        processSchema(parent, ctx, params);
        ctx.seen.get(parent).isParent = true;
      }
    }
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
      assignProps(result2.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
      delete result2.schema.examples;
      delete result2.schema.default;
    }
    if (ctx.io === "input" && "_prefault" in result2.schema)
      (_a2 = result2.schema).default ?? (_a2.default = result2.schema._prefault);
    delete result2.schema._prefault;
    const _result = ctx.seen.get(schema);
    return _result.schema;
  }
  function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
  }
  function extractDefs(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
      throw new Error("Unprocessed schema. This is a bug in Zod.");
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
      return;
    const idToSchema = /* @__PURE__ */ new Map();
    for (const entry of ctx.seen.entries()) {
      const id = ctx.metadataRegistry.get(entry[0])?.id;
      if (id) {
        const existing = idToSchema.get(id);
        if (existing && existing !== entry[0]) {
          throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
        }
        idToSchema.set(id, entry[0]);
      }
    }
    const makeURI = (entry) => {
      const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
      if (ctx.external) {
        const externalId = ctx.external.registry.get(entry[0])?.id;
        const uriGenerator = ctx.external.uri ?? ((id2) => id2);
        if (externalId) {
          return { ref: uriGenerator(externalId) };
        }
        const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
        entry[1].defId = id;
        return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
      }
      const uriPrefix = `#`;
      const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
      if (entry[1] === root && !entry[1].schema.id) {
        return { ref: uriPrefix };
      }
      const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
      return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    const extractToDef = (entry) => {
      if (entry[1].schema.$ref) {
        return;
      }
      const seen = entry[1];
      const { ref, defId } = makeURI(entry);
      seen.def = { ...seen.schema };
      if (defId)
        seen.defId = defId;
      const schema2 = seen.schema;
      for (const key in schema2) {
        delete schema2[key];
      }
      schema2.$ref = ref;
    };
    if (ctx.cycles === "throw") {
      for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.cycle) {
          throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
        }
      }
    }
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (schema === entry[0]) {
        extractToDef(entry);
        continue;
      }
      if (ctx.external) {
        const ext = ctx.external.registry.get(entry[0])?.id;
        if (schema !== entry[0] && ext) {
          extractToDef(entry);
          continue;
        }
      }
      const id = ctx.metadataRegistry.get(entry[0])?.id;
      if (id) {
        extractToDef(entry);
        continue;
      }
      if (seen.cycle) {
        extractToDef(entry);
        continue;
      }
      if (seen.count > 1) {
        if (ctx.reused === "ref") {
          extractToDef(entry);
        }
      }
    }
    if (ctx.external)
      ctx.sharedDefsExtractedFor = ctx.external;
  }
  function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
      return;
    const types = [];
    for (const option of options) {
      if (!option || typeof option !== "object")
        return;
      compactTypeUnion(option);
      const keys = Object.keys(option);
      if (keys.length !== 1 || keys[0] !== "type")
        return;
      const type = option.type;
      for (const member of Array.isArray(type) ? type : [type]) {
        if (typeof member !== "string")
          return;
        if (!types.includes(member))
          types.push(member);
      }
    }
    delete schema.anyOf;
    schema.type = types.length === 1 ? types[0] : types;
  }
  const FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
  const UNION_KEYS = ["oneOf", "anyOf"];
  function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
      return null;
    return Object.keys(extra).length ? extra : null;
  }
  function foldObjects(members2) {
    const objects = [];
    for (const member of members2) {
      if (typeof member !== "object" || member.type !== "object")
        return null;
      for (const key in member) {
        if (!FOLDABLE_KEYS.has(key))
          return null;
      }
      objects.push(member);
    }
    const properties = {};
    const required2 = /* @__PURE__ */ new Set();
    for (const object2 of objects) {
      for (const key in object2.properties) {
        if (Object.prototype.hasOwnProperty.call(properties, key))
          continue;
        const parts = [];
        for (const other of objects) {
          const part = other.properties?.[key] ?? undeclaredConstraint(other);
          if (part === null || part === void 0)
            continue;
          if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
            parts.push(part);
        }
        const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
        assignProp(properties, key, merged);
      }
      for (const key of object2.required ?? [])
        required2.add(key);
    }
    const folded = { type: "object", properties };
    if (required2.size)
      folded.required = [...required2];
    if (objects.every((object2) => object2.additionalProperties === false)) {
      folded.additionalProperties = false;
    } else {
      const constraints = [];
      for (const object2 of objects) {
        const constraint = undeclaredConstraint(object2);
        if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
          constraints.push(constraint);
      }
      if (constraints.length === 1)
        folded.additionalProperties = constraints[0];
      else if (constraints.length > 1)
        folded.additionalProperties = { allOf: constraints };
    }
    return folded;
  }
  function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
      return;
    for (const key of FOLDABLE_KEYS)
      if (key in json)
        return;
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
      folded = foldObjects(allOf);
    } else {
      const union2 = unions[0];
      const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
      if (Object.keys(union2).length !== 1)
        return;
      const rest = allOf.filter((m) => m !== union2);
      const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
      if (branches.some((b) => !b))
        return;
      folded = { [keyword]: branches };
    }
    if (!folded)
      return;
    delete json.allOf;
    assignProps(json, folded);
  }
  function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
      throw new Error("Unprocessed schema. This is a bug in Zod.");
    const flattenRef = (zodSchema) => {
      const seen = ctx.seen.get(zodSchema);
      if (seen.ref === null)
        return;
      const schema2 = seen.def ?? seen.schema;
      const _cached = { ...schema2 };
      const ref = seen.ref;
      seen.ref = null;
      if (ref) {
        flattenRef(ref);
        const refSeen = ctx.seen.get(ref);
        const refSchema = refSeen.schema;
        if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
          schema2.allOf = schema2.allOf ?? [];
          schema2.allOf.push(refSchema);
        } else {
          assignProps(schema2, refSchema);
        }
        assignProps(schema2, _cached);
        const isParentRef = zodSchema._zod.parent === ref;
        if (isParentRef) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (!(key in _cached)) {
              delete schema2[key];
            }
          }
        }
        if (refSchema.$ref && refSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
      const parent = zodSchema._zod.parent;
      if (parent && parent !== ref) {
        flattenRef(parent);
        const parentSeen = ctx.seen.get(parent);
        if (parentSeen?.schema.$ref) {
          schema2.$ref = parentSeen.schema.$ref;
          if (parentSeen.def) {
            for (const key in schema2) {
              if (key === "$ref" || key === "allOf")
                continue;
              if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
                delete schema2[key];
              }
            }
          }
        }
      }
      ctx.override({
        zodSchema,
        jsonSchema: schema2,
        path: seen.path ?? []
      });
    };
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
      for (const entry of [...ctx.seen.entries()].reverse()) {
        flattenRef(entry[0]);
      }
      if (ctx.target !== "openapi-3.0") {
        for (const entry of ctx.seen.entries()) {
          compactTypeUnion(entry[1].def ?? entry[1].schema);
        }
      }
      for (const rewrite of ctx.deferred)
        rewrite();
      if (ctx.intersections.length) {
        const carriers2 = /* @__PURE__ */ new Map();
        for (const seen of ctx.seen.values()) {
          for (const json of [seen.schema, seen.def]) {
            const allOf = json?.allOf;
            if (!Array.isArray(allOf))
              continue;
            const existing = carriers2.get(allOf);
            if (existing)
              existing.push(json);
            else
              carriers2.set(allOf, [json]);
          }
        }
        for (const allOf of ctx.intersections) {
          for (const json of carriers2.get(allOf) ?? [])
            foldIntersection(json);
        }
      }
    }
    const result2 = {};
    if (ctx.target === "draft-2020-12") {
      result2.$schema = "https://json-schema.org/draft/2020-12/schema";
    } else if (ctx.target === "draft-07") {
      result2.$schema = "http://json-schema.org/draft-07/schema#";
    } else if (ctx.target === "draft-04") {
      result2.$schema = "http://json-schema.org/draft-04/schema#";
    } else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
      const id = ctx.external.registry.get(schema)?.id;
      if (!id)
        throw new Error("Schema is missing an `id` property");
      result2.$id = ctx.external.uri(id);
    }
    assignProps(result2, root.defId ? root.schema : root.def ?? root.schema);
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== void 0 && result2.id === rootMetaId)
      delete result2.id;
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
      for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.def && seen.defId) {
          if (seen.def.id === seen.defId)
            delete seen.def.id;
          assignProp(defs, seen.defId, seen.def);
        }
      }
    }
    if (ctx.external)
      ctx.sharedEmitDoneFor = ctx.external;
    if (ctx.external) ;
    else {
      if (Object.keys(defs).length > 0) {
        if (ctx.target === "draft-2020-12") {
          result2.$defs = defs;
        } else {
          result2.definitions = defs;
        }
      }
    }
    try {
      const finalized = JSON.parse(JSON.stringify(result2));
      Object.defineProperty(finalized, "~standard", {
        value: {
          ...schema["~standard"],
          jsonSchema: {
            input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
            output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
          }
        },
        enumerable: false,
        writable: false
      });
      return finalized;
    } catch (_err) {
      throw new Error("Error converting schema to JSON.");
    }
  }
  function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
    if (ctx.seen.has(_schema))
      return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
      return true;
    if (def.type === "array")
      return isTransforming(def.element, ctx);
    if (def.type === "set")
      return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
      return isTransforming(def.getter(), ctx);
    if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
      return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
      return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
      return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
      if (_schema._zod.traits.has("$ZodCodec"))
        return true;
      return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
      for (const key in def.shape) {
        if (isTransforming(def.shape[key], ctx))
          return true;
      }
      return false;
    }
    if (def.type === "union") {
      for (const option of def.options) {
        if (isTransforming(option, ctx))
          return true;
      }
      return false;
    }
    if (def.type === "tuple") {
      for (const item of def.items) {
        if (isTransforming(item, ctx))
          return true;
      }
      if (def.rest && isTransforming(def.rest, ctx))
        return true;
      return false;
    }
    return false;
  }
  const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
  };
  const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
  };
  const narrowMin = (agg, key, value) => {
    if (agg[key] === void 0 || value > agg[key])
      agg[key] = value;
  };
  const narrowMax = (agg, key, value) => {
    if (agg[key] === void 0 || value < agg[key])
      agg[key] = value;
  };
  const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
  };
  const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
      agg.multipleOf.push(value);
  };
  const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
    agg.patterns.add(pattern);
  };
  const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
  };
  const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
      agg.isInt = true;
  };
  const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
  const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
  const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
  };
  const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
      setFormat(agg, def.format);
      if (def.pattern)
        addPattern(agg, def.pattern);
      if (def.format === "base64" || def.format === "base64url")
        agg.contentEncoding = def.format;
      if (def.local || def.precision === -1)
        agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime)
  };
  function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
    for (const ch of list)
      contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    const bag = schema._zod.bag;
    if (bag.minimum !== void 0)
      narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== void 0)
      narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== void 0)
      narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== void 0)
      narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== void 0)
      addDivisor(agg, bag.multipleOf);
    if (bag.format !== void 0) {
      agg.format ?? (agg.format = bag.format);
      if (bag.format.includes("int"))
        agg.isInt = true;
    }
    if (bag.mime)
      intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
      addPattern(agg, pattern);
    return agg;
  }
  const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: ""
    // do not set
  };
  const exactPatterns = /* @__PURE__ */ new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url]
  ]);
  const exactPattern = (p) => exactPatterns.get(p) ?? p;
  const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
      json.minLength = minimum;
    if (typeof maximum === "number")
      json.maxLength = maximum;
    if (format) {
      json.format = formatMap[format] ?? format;
      if (json.format === "")
        delete json.format;
      if (format === "time" || laxFormat) {
        delete json.format;
      }
    }
    if (contentEncoding)
      json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
      const patternList = [...patterns].map(exactPattern);
      if (patternList.length === 1)
        json.pattern = patternList[0].source;
      else if (patternList.length > 1) {
        json.allOf = [
          ...patternList.map((regex) => ({
            ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
            pattern: regex.source
          }))
        ];
      }
    }
  };
  const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
      if (legacy) {
        json.minimum = exclusiveMinimum;
        json.exclusiveMinimum = true;
      } else {
        json.exclusiveMinimum = exclusiveMinimum;
      }
    } else if (typeof minimum === "number") {
      json.minimum = minimum;
    }
    if (exMax) {
      if (legacy) {
        json.maximum = exclusiveMaximum;
        json.exclusiveMaximum = true;
      } else {
        json.exclusiveMaximum = exclusiveMaximum;
      }
    } else if (typeof maximum === "number") {
      json.maximum = maximum;
    }
    if (multipleOf) {
      const divisors = /* @__PURE__ */ new Set();
      for (const divisor of multipleOf) {
        if (Number.isFinite(divisor) && divisor !== 0)
          divisors.add(Math.abs(divisor));
        else
          handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
      }
      const [first, ...rest] = divisors;
      if (first !== void 0)
        json.multipleOf = first;
      if (rest.length)
        json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
    }
  };
  const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
  };
  const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
  };
  const unknownProcessor = (_schema, _ctx, _json, _params) => {
  };
  const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    if (values.length === 0) {
      json.not = {};
      return;
    }
    if (values.every((v) => typeof v === "number"))
      json.type = "number";
    if (values.every((v) => typeof v === "string"))
      json.type = "string";
    json.enum = values;
  };
  const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    if (def.values.length === 0) {
      json.not = {};
      return;
    }
    const vals = [];
    for (const val of def.values) {
      if (val === void 0) {
        if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
          return;
      } else if (typeof val === "bigint") {
        if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
          return;
        vals.push(Number(val));
      } else {
        vals.push(val);
      }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
      const val = vals[0];
      json.type = val === null ? "null" : typeof val;
      if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
        json.enum = [val];
      } else {
        json.const = val;
      }
    } else {
      if (vals.every((v) => typeof v === "number"))
        json.type = "number";
      if (vals.every((v) => typeof v === "string"))
        json.type = "string";
      if (vals.every((v) => typeof v === "boolean"))
        json.type = "boolean";
      if (vals.every((v) => v === null))
        json.type = "null";
      json.enum = vals;
    }
  };
  const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
  };
  const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
  };
  const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
      json.minItems = minimum;
    if (typeof maximum === "number")
      json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
      ...params,
      path: [...params.path, "items"]
    });
  };
  function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
      return inputOptin(def.out);
    }
    if (def.type === "catch") {
      return inputOptin(def.innerType);
    }
    return schema._zod.optin;
  }
  const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
      return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
      assignProp(json.properties, key, processSchema(shape[key], ctx, {
        ...params,
        path: [...params.path, "properties", key]
      }));
    }
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
      const field = def.shape[key];
      if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
        requiredKeys.push(key);
      }
    }
    if (requiredKeys.length > 0) {
      json.required = requiredKeys;
    }
    if (def.catchall?._zod.def.type === "never") {
      json.additionalProperties = false;
    } else if (!def.catchall) {
      if (ctx.io === "output")
        json.additionalProperties = false;
    } else if (def.catchall) {
      json.additionalProperties = processSchema(def.catchall, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      });
    }
  };
  const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
      ...params,
      path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
    }));
    if (isExclusive) {
      json.oneOf = options;
    } else {
      json.anyOf = options;
    }
  };
  const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
      ...params,
      path: [...params.path, "allOf", 0]
    });
    const b = processSchema(def.right, ctx, {
      ...params,
      path: [...params.path, "allOf", 1]
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
      ...isSimpleIntersection(a) ? a.allOf : [a],
      ...isSimpleIntersection(b) ? b.allOf : [b]
    ];
    json.allOf = allOf;
    ctx.intersections.push(allOf);
  };
  function stringifyKeyNames(bySchema, json, visited) {
    if (json.$ref) {
      if (visited.has(json))
        return json;
      visited.add(json);
      const def = bySchema.get(json)?.def;
      if (!def)
        return json;
      const inlined = stringifyKeyNames(bySchema, def, visited);
      return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
      const branches = json[keyword];
      if (!Array.isArray(branches))
        continue;
      const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
      if (mapped.some((branch, i) => branch !== branches[i]))
        json = { ...json, [keyword]: mapped };
    }
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
    if (!numericType && !values?.some((v) => typeof v === "number"))
      return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
      rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
    else if (typeof rest.const === "number")
      rest.const = String(rest.const);
    if (!numericType)
      return rest;
    rest.type = "string";
    if (!values)
      rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
  }
  const pendingRecords = /* @__PURE__ */ new WeakMap();
  function rewriteKeyNames(ctx) {
    const bySchema = /* @__PURE__ */ new Map();
    for (const entry of ctx.seen.values()) {
      if (entry.def && !bySchema.has(entry.schema))
        bySchema.set(entry.schema, entry);
    }
    const rewrites = /* @__PURE__ */ new Map();
    for (const record2 of pendingRecords.get(ctx) ?? []) {
      const seen = ctx.seen.get(record2);
      const names = (seen?.def ?? seen?.schema)?.propertyNames;
      if (!names || names === true || rewrites.has(names))
        continue;
      const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
      if (rewritten !== names)
        rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
      return;
    for (const entry of ctx.seen.values()) {
      for (const carrier of [entry.schema, entry.def]) {
        const rewritten = carrier && rewrites.get(carrier.propertyNames);
        if (rewritten)
          carrier.propertyNames = rewritten;
      }
    }
  }
  const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
      const valueSchema = processSchema(def.valueType, ctx, {
        ...params,
        path: [...params.path, "patternProperties", "*"]
      });
      json.patternProperties = {};
      for (const pattern of patterns) {
        assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
      }
    } else {
      if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
        json.propertyNames = processSchema(def.keyType, ctx, {
          ...params,
          path: [...params.path, "propertyNames"]
        });
        let pending = pendingRecords.get(ctx);
        if (!pending) {
          pending = [];
          pendingRecords.set(ctx, pending);
          ctx.deferred.push(() => rewriteKeyNames(ctx));
        }
        pending.push(schema);
      }
      json.additionalProperties = processSchema(def.valueType, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      });
    }
    const keyValues = keyType._zod.values;
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
    if (keyValues && !def.partial && !omittableOnInput) {
      const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
      if (validKeyValues.length > 0) {
        json.required = validKeyValues.map(String);
      }
    }
  };
  const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
      seen.ref = def.innerType;
      json.nullable = true;
    } else {
      json.anyOf = [inner, { type: "null" }];
    }
  };
  const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
  };
  const UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
  function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
      if (typeof val !== "bigint")
        return val;
      unrepresentable = true;
      return null;
    });
    if (!unrepresentable)
      return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
  }
  const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
      json.default = value;
  };
  const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
      return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
      json._prefault = value;
  };
  const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
      catchValue = def.catchValue(void 0);
    } catch {
      handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
      return;
    }
    json.default = catchValue;
  };
  const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
  };
  const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
  };
  const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
  };
  const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: false,
      get() {
        const value = make(this);
        Object.defineProperty(this, key, { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, key, { value, configurable: true, writable: true });
      }
    });
  }
  const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
      return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self2) => (mapper) => formatError(self2, mapper));
    _lazyMethod(proto, "flatten", (self2) => (mapper) => flattenError(self2, mapper));
    _lazyMethod(proto, "addIssue", (self2) => (issue2) => {
      self2.issues.push(issue2);
      self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self2) => (issues2) => {
      self2.issues.push(...issues2);
      self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
      configurable: true,
      enumerable: false,
      get() {
        return this.issues.length === 0;
      }
    });
  };
  const ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer, void 0, {
    Parent: Error
  });
  const parse = /* @__PURE__ */ _parse(ZodRealError);
  const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
  const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
  const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
  const encode = /* @__PURE__ */ _encode(ZodRealError);
  const decode = /* @__PURE__ */ _decode(ZodRealError);
  const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
  const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
  const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
  const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
  const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
  const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
      config(en());
  }
  function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
      config({ memoizer: memoizer() });
  }
  const ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
  }, {
    check(...chks) {
      const def = this.def;
      return this.clone(mergeDefs(def, {
        checks: [
          ...def.checks ?? [],
          ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
        ]
      }), { parent: true });
    },
    with(...chks) {
      return this.check(...chks);
    },
    clone(def, params) {
      return clone(this, def, params);
    },
    brand() {
      return this;
    },
    register(reg, meta) {
      reg.add(this, meta);
      return this;
    },
    refine(check, params) {
      return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
      return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
      return this.check(/* @__PURE__ */ _overwrite(fn));
    },
    optional() {
      return optional$1(this);
    },
    exactOptional() {
      return exactOptional(this);
    },
    nullable() {
      return nullable(this);
    },
    nullish() {
      return optional$1(nullable(this));
    },
    nonoptional(params) {
      return nonoptional(this, params);
    },
    array() {
      return array(this);
    },
    or(arg) {
      return union([this, arg]);
    },
    and(arg) {
      return intersection(this, arg);
    },
    transform(tx) {
      return pipe(this, transform(tx));
    },
    default(d) {
      return _default(this, d);
    },
    prefault(d) {
      return prefault(this, d);
    },
    catch(params) {
      return _catch(this, params);
    },
    pipe(target) {
      return pipe(this, target);
    },
    readonly() {
      return readonly(this);
    },
    describe(description) {
      const cl = this.clone();
      globalRegistry.add(cl, { description });
      return cl;
    },
    meta(...args) {
      if (args.length === 0)
        return globalRegistry.get(this);
      const cl = this.clone();
      globalRegistry.add(cl, args[0]);
      return cl;
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(fn, ...args) {
      return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
      return hide(this, "~standard", {
        ...standardProps(this),
        jsonSchema: {
          input: createStandardJSONSchemaMethod(this, "input"),
          output: createStandardJSONSchemaMethod(this, "output")
        }
      });
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    },
    parse: function _parse2(data, params) {
      return parse(this, data, params, { callee: _parse2 });
    },
    parseAsync: async function _parseAsync2(data, params) {
      return await parseAsync(this, data, params, { callee: _parseAsync2 });
    },
    safeParse(data, params) {
      return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
      return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(value) {
      own(this, "spa", value);
    },
    validate(data, params) {
      return validate(this, data, params);
    },
    validateAsync(data, params) {
      return validateAsync$1(this, data, params);
    },
    encode: function _encode2(data, params) {
      return encode(this, data, params, { callee: _encode2 });
    },
    decode: function _decode2(data, params) {
      return decode(this, data, params, { callee: _decode2 });
    },
    encodeAsync: async function _encodeAsync2(data, params) {
      return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
    },
    decodeAsync: async function _decodeAsync2(data, params) {
      return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
    },
    safeEncode(data, params) {
      return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
      return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
      return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
      return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
      return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
      return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
      return this._zod.def;
    }
  });
  const _ZodString = /* @__PURE__ */ $constructor(
    "_ZodString",
    (inst, def) => {
      $ZodString.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
    },
    /* @__PURE__ */ derived({
      format: (inst) => aggregateChecks(inst).format ?? null,
      minLength: (inst) => aggregateChecks(inst).minimum ?? null,
      maxLength: (inst) => aggregateChecks(inst).maximum ?? null
    }, {
      regex(...args) {
        return this.check(/* @__PURE__ */ _regex(...args));
      },
      includes(...args) {
        return this.check(/* @__PURE__ */ _includes(...args));
      },
      startsWith(...args) {
        return this.check(/* @__PURE__ */ _startsWith(...args));
      },
      endsWith(...args) {
        return this.check(/* @__PURE__ */ _endsWith(...args));
      },
      min(...args) {
        return this.check(/* @__PURE__ */ _minLength(...args));
      },
      max(...args) {
        return this.check(/* @__PURE__ */ _maxLength(...args));
      },
      length(...args) {
        return this.check(/* @__PURE__ */ _length(...args));
      },
      nonempty(...args) {
        return this.check(/* @__PURE__ */ _minLength(1, ...args));
      },
      lowercase(params) {
        return this.check(/* @__PURE__ */ _lowercase(params));
      },
      uppercase(params) {
        return this.check(/* @__PURE__ */ _uppercase(params));
      },
      trim() {
        return this.check(/* @__PURE__ */ _trim());
      },
      normalize(...args) {
        return this.check(/* @__PURE__ */ _normalize(...args));
      },
      toLowerCase() {
        return this.check(/* @__PURE__ */ _toLowerCase());
      },
      toUpperCase() {
        return this.check(/* @__PURE__ */ _toUpperCase());
      },
      slugify() {
        return this.check(/* @__PURE__ */ _slugify());
      }
    })
  );
  const ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
  }, {
    email(params) {
      return this.check(/* @__PURE__ */ _email(ZodEmail, params));
    },
    url(params) {
      return this.check(/* @__PURE__ */ _url(ZodURL, params));
    },
    jwt(params) {
      return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
    },
    emoji(params) {
      return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
    },
    guid(params) {
      return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
    },
    uuid(params) {
      return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
    },
    uuidv4(params) {
      return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
      return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
      return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
    },
    nanoid(params) {
      return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
    },
    cuid(params) {
      return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
    },
    cuid2(params) {
      return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
    },
    ulid(params) {
      return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
    },
    base64(params) {
      return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
    },
    base64url(params) {
      return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
    },
    xid(params) {
      return this.check(/* @__PURE__ */ _xid(ZodXID, params));
    },
    ksuid(params) {
      return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
    },
    ipv4(params) {
      return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
    },
    ipv6(params) {
      return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
      return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
      return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
      return this.check(/* @__PURE__ */ _e164(ZodE164, params));
    },
    datetime(params) {
      return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
    },
    date(params) {
      return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
    },
    time(params) {
      return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
    },
    duration(params) {
      return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
    }
  });
  function string(params) {
    return /* @__PURE__ */ _string(ZodString, params);
  }
  const ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
  });
  const ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  function url(params) {
    return /* @__PURE__ */ _url(ZodURL, params);
  }
  const ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodNumber = /* @__PURE__ */ $constructor(
    "ZodNumber",
    (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
      inst.isFinite = true;
    },
    /* @__PURE__ */ derived({
      minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
      },
      isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
      },
      format: (inst) => aggregateChecks(inst).format ?? null
    }, {
      gt(value, params) {
        return this.check(/* @__PURE__ */ _gt(value, params));
      },
      gte(value, params) {
        return this.check(/* @__PURE__ */ _gte(value, params));
      },
      min(value, params) {
        return this.check(/* @__PURE__ */ _gte(value, params));
      },
      lt(value, params) {
        return this.check(/* @__PURE__ */ _lt(value, params));
      },
      lte(value, params) {
        return this.check(/* @__PURE__ */ _lte(value, params));
      },
      max(value, params) {
        return this.check(/* @__PURE__ */ _lte(value, params));
      },
      int(params) {
        return this.check(int(params));
      },
      safe(params) {
        return this.check(int(params));
      },
      positive(params) {
        return this.check(/* @__PURE__ */ _gt(0, params));
      },
      nonnegative(params) {
        return this.check(/* @__PURE__ */ _gte(0, params));
      },
      negative(params) {
        return this.check(/* @__PURE__ */ _lt(0, params));
      },
      nonpositive(params) {
        return this.check(/* @__PURE__ */ _lte(0, params));
      },
      multipleOf(value, params) {
        return this.check(/* @__PURE__ */ _multipleOf(value, params));
      },
      step(value, params) {
        return this.check(/* @__PURE__ */ _multipleOf(value, params));
      },
      finite() {
        return this;
      }
    })
  );
  function number(params) {
    return /* @__PURE__ */ _number(ZodNumber, params);
  }
  const ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
  });
  function int(params) {
    return /* @__PURE__ */ _int(ZodNumberFormat, params);
  }
  const ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
  });
  function boolean(params) {
    return /* @__PURE__ */ _boolean(ZodBoolean, params);
  }
  const ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
  });
  function unknown() {
    return /* @__PURE__ */ _unknown(ZodUnknown);
  }
  const ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
  });
  function never(params) {
    return /* @__PURE__ */ _never(ZodNever, params);
  }
  const ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
  }, {
    min(n2, params) {
      return this.check(/* @__PURE__ */ _minLength(n2, params));
    },
    nonempty(params) {
      return this.check(/* @__PURE__ */ _minLength(1, params));
    },
    max(n2, params) {
      return this.check(/* @__PURE__ */ _maxLength(n2, params));
    },
    length(n2, params) {
      return this.check(/* @__PURE__ */ _length(n2, params));
    },
    unwrap() {
      return this.element;
    }
  });
  function array(element, params) {
    return /* @__PURE__ */ _array(ZodArray, element, params);
  }
  const ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
  }, {
    keyof() {
      return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
      return this.clone(mergeDefs(this._zod.def, { catchall }));
    },
    passthrough() {
      return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
      return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
      return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
      return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(incoming) {
      return extend(this, incoming);
    },
    safeExtend(incoming) {
      return safeExtend(this, incoming);
    },
    merge(other) {
      return merge(this, other);
    },
    pick(mask) {
      return pick(this, mask);
    },
    omit(mask) {
      return omit(this, mask);
    },
    partial(...args) {
      return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
      return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
      return required(ZodNonOptional, this, args[0]);
    }
  });
  function object(shape, params) {
    const def = {
      type: "object",
      shape: shape ?? {},
      ...normalizeParams(params)
    };
    return new ZodObject(def);
  }
  function strictObject(shape, params) {
    return new ZodObject({
      type: "object",
      shape,
      catchall: never(),
      ...normalizeParams(params)
    });
  }
  function looseObject(shape, params) {
    return new ZodObject({
      type: "object",
      shape,
      catchall: unknown(),
      ...normalizeParams(params)
    });
  }
  const ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
  });
  function union(options, params) {
    return new ZodUnion({
      type: "union",
      options,
      ...normalizeParams(params)
    });
  }
  const ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
  });
  function discriminatedUnion(discriminator, options, params) {
    return new ZodDiscriminatedUnion({
      type: "union",
      options,
      discriminator,
      ...normalizeParams(params)
    });
  }
  const ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
  });
  function intersection(left, right) {
    return new ZodIntersection({
      type: "intersection",
      left,
      right
    });
  }
  const ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
  });
  function record(keyType, valueType, params) {
    if (!valueType || !valueType._zod) {
      return new ZodRecord({
        type: "record",
        keyType: string(),
        valueType: keyType,
        ...normalizeParams(valueType)
      });
    }
    return new ZodRecord({
      type: "record",
      keyType,
      valueType,
      ...normalizeParams(params)
    });
  }
  const ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
      const newEntries = {};
      for (const value of values) {
        if (keys.has(value)) {
          newEntries[value] = def.entries[value];
        } else
          throw new Error(`Key ${value} not found in enum`);
      }
      return new ZodEnum({
        ...def,
        checks: [],
        ...normalizeParams(params),
        entries: newEntries
      });
    };
    inst.exclude = (values, params) => {
      const newEntries = { ...def.entries };
      for (const value of values) {
        if (keys.has(value)) {
          delete newEntries[value];
        } else
          throw new Error(`Key ${value} not found in enum`);
      }
      return new ZodEnum({
        ...def,
        checks: [],
        ...normalizeParams(params),
        entries: newEntries
      });
    };
  });
  function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
      type: "enum",
      entries,
      ...normalizeParams(params)
    });
  }
  const ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
      get() {
        if (def.values.length > 1) {
          throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
        }
        return def.values[0];
      }
    });
  });
  function literal(value, params) {
    return new ZodLiteral({
      type: "literal",
      values: Array.isArray(value) ? value : [value],
      ...normalizeParams(params)
    });
  }
  const ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
      if (_ctx.direction === "backward") {
        throw new $ZodEncodeError(inst.constructor.name);
      }
      payload.addIssue = (issue$1) => {
        if (typeof issue$1 === "string") {
          payload.issues.push(issue(issue$1, payload.value, def));
        } else {
          const _issue = issue$1;
          if (_issue.fatal)
            _issue.continue = false;
          _issue.code ?? (_issue.code = "custom");
          if (!("input" in _issue))
            _issue.input = payload.value;
          _issue.inst ?? (_issue.inst = inst);
          payload.issues.push(issue(_issue));
        }
      };
      const output = def.transform(payload.value, payload);
      if (output instanceof Promise) {
        return output.then((output2) => {
          payload.value = output2;
          return payload;
        });
      }
      payload.value = output;
      return payload;
    };
  });
  function transform(fn) {
    return new ZodTransform({
      type: "transform",
      transform: fn
    });
  }
  const ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function optional$1(innerType) {
    return new ZodOptional({
      type: "optional",
      innerType
    });
  }
  const ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function exactOptional(innerType) {
    return new ZodExactOptional({
      type: "optional",
      innerType
    });
  }
  const ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function nullable(innerType) {
    return new ZodNullable({
      type: "nullable",
      innerType
    });
  }
  const ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
  });
  function _default(innerType, defaultValue) {
    return new ZodDefault({
      type: "default",
      innerType,
      get defaultValue() {
        return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
      }
    });
  }
  const ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function prefault(innerType, defaultValue) {
    return new ZodPrefault({
      type: "prefault",
      innerType,
      get defaultValue() {
        return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
      }
    });
  }
  const ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function nonoptional(innerType, params) {
    return new ZodNonOptional({
      type: "nonoptional",
      innerType,
      ...normalizeParams(params)
    });
  }
  const ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
  });
  function _catch(innerType, catchValue) {
    return new ZodCatch({
      type: "catch",
      innerType,
      catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
    });
  }
  const ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
  });
  function pipe(in_, out) {
    return new ZodPipe({
      type: "pipe",
      in: in_,
      out
      // ...util.normalizeParams(params),
    });
  }
  const ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
  });
  const ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function readonly(innerType) {
    return new ZodReadonly({
      type: "readonly",
      innerType
    });
  }
  const ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
  });
  function refine(fn, _params = {}) {
    return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
  }
  function superRefine(fn, params) {
    return /* @__PURE__ */ _superRefine(fn, params);
  }
  function preprocess(fn, schema) {
    return new ZodPreprocess({
      type: "pipe",
      in: transform(fn),
      out: schema
    });
  }
  const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  var create;
  var hasRequiredCreate;
  function requireCreate() {
    if (hasRequiredCreate) return create;
    hasRequiredCreate = 1;
    class Node {
      constructor(data) {
        this.data = data;
      }
    }
    class LinkedList {
      constructor() {
        this.length = 0;
      }
      enqueue(data) {
        const node2 = new Node(data);
        node2.prev = this.tail;
        if (this.tail) this.tail.next = node2;
        else this.head = node2;
        this.tail = node2;
        this.length++;
        return node2;
      }
      dequeue() {
        if (!this.head) return;
        const { data } = this.head;
        this.remove(this.head);
        return data;
      }
      remove(node2) {
        if (node2.prev) node2.prev.next = node2.next;
        else this.head = node2.next;
        if (node2.next) node2.next.prev = node2.prev;
        else this.tail = node2.prev;
        this.length--;
      }
      size() {
        return this.length;
      }
    }
    create = (slots = 1) => {
      const queue = new LinkedList();
      const release = () => {
        ++slots;
        const waiter = queue.dequeue();
        if (waiter) return waiter.acquire();
      };
      const acquire = (resolve) => {
        --slots;
        resolve(release);
      };
      const lock = (signal) => new Promise((resolve) => {
        if (signal != null && typeof signal.addEventListener !== "function") {
          throw new TypeError("`signal` needs to be an AbortSignal.");
        }
        if (signal?.aborted) return resolve(null);
        if (!lock.isLocked()) return acquire(resolve);
        const waiter = { acquire: () => acquire(resolve) };
        const node2 = queue.enqueue(waiter);
        if (signal != null) {
          const onAbort = () => {
            queue.remove(node2);
            resolve(null);
          };
          waiter.acquire = () => {
            signal.removeEventListener("abort", onAbort);
            acquire(resolve);
          };
          signal.addEventListener("abort", onAbort, { once: true });
        }
      });
      lock.isLocked = () => slots === 0;
      lock.awaiting = () => queue.size();
      return lock;
    };
    return create;
  }
  var src;
  var hasRequiredSrc;
  function requireSrc() {
    if (hasRequiredSrc) return src;
    hasRequiredSrc = 1;
    const createLock = requireCreate();
    const withLock = (opts) => {
      const lock = createLock(opts);
      const withLock2 = async (fn, signal) => {
        const release = await lock(signal);
        if (!release) return;
        try {
          return await fn();
        } finally {
          release();
        }
      };
      withLock2.isLocked = lock.isLocked;
      withLock2.awaiting = lock.awaiting;
      return withLock2;
    };
    src = { withLock, createLock };
    return src;
  }
  var srcExports = requireSrc();
  var has = Object.prototype.hasOwnProperty;
  function dequal(foo, bar) {
    var ctor, len;
    if (foo === bar) return true;
    if (foo && bar && (ctor = foo.constructor) === bar.constructor) {
      if (ctor === Date) return foo.getTime() === bar.getTime();
      if (ctor === RegExp) return foo.toString() === bar.toString();
      if (ctor === Array) {
        if ((len = foo.length) === bar.length) while (len-- && dequal(foo[len], bar[len])) ;
        return len === -1;
      }
      if (!ctor || typeof foo === "object") {
        len = 0;
        for (ctor in foo) {
          if (has.call(foo, ctor) && ++len && !has.call(bar, ctor)) return false;
          if (!(ctor in bar) || !dequal(foo[ctor], bar[ctor])) return false;
        }
        return Object.keys(bar).length === len;
      }
    }
    return foo !== foo && bar !== bar;
  }
  const storage = createStorage();
  function createStorage() {
    const drivers = {
      local: createDriver("local"),
      session: createDriver("session"),
      sync: createDriver("sync"),
      managed: createDriver("managed")
    };
    const getDriver = (area) => {
      const driver = drivers[area];
      if (driver == null) {
        const areaNames = Object.keys(drivers).join(", ");
        throw Error(`Invalid area "${area}". Options: ${areaNames}`);
      }
      return driver;
    };
    const resolveKey = (key) => {
      const deliminatorIndex = key.indexOf(":");
      const driverArea = key.substring(0, deliminatorIndex);
      const driverKey = key.substring(deliminatorIndex + 1);
      if (driverKey == null) throw Error(`Storage key should be in the form of "area:key", but received "${key}"`);
      return {
        driverArea,
        driverKey,
        driver: getDriver(driverArea)
      };
    };
    const getMetaKey = (key) => key + "$";
    const mergeMeta = (oldMeta, newMeta) => {
      const newFields = { ...oldMeta };
      Object.entries(newMeta).forEach(([key, value]) => {
        if (value == null) delete newFields[key];
        else newFields[key] = value;
      });
      return newFields;
    };
    const getValueOrFallback = (value, fallback) => value ?? fallback ?? null;
    const getMetaValue = (properties) => properties != null && typeof properties === "object" && !Array.isArray(properties) ? properties : {};
    const getItem = async (driver, driverKey, opts) => {
      return getValueOrFallback(await driver.getItem(driverKey), opts?.fallback ?? opts?.defaultValue);
    };
    const getMeta = async (driver, driverKey) => {
      const metaKey = getMetaKey(driverKey);
      return getMetaValue(await driver.getItem(metaKey));
    };
    const setItem = async (driver, driverKey, value) => {
      await driver.setItem(driverKey, value ?? null);
    };
    const setMeta = async (driver, driverKey, properties) => {
      const metaKey = getMetaKey(driverKey);
      const existingFields = getMetaValue(await driver.getItem(metaKey));
      await driver.setItem(metaKey, mergeMeta(existingFields, properties));
    };
    const removeItem = async (driver, driverKey, opts) => {
      await driver.removeItem(driverKey);
      if (opts?.removeMeta) {
        const metaKey = getMetaKey(driverKey);
        await driver.removeItem(metaKey);
      }
    };
    const removeMeta = async (driver, driverKey, properties) => {
      const metaKey = getMetaKey(driverKey);
      if (properties == null) await driver.removeItem(metaKey);
      else {
        const newFields = getMetaValue(await driver.getItem(metaKey));
        [properties].flat().forEach((field) => delete newFields[field]);
        await driver.setItem(metaKey, newFields);
      }
    };
    const watch = (driver, driverKey, cb) => driver.watch(driverKey, cb);
    const watchMeta = (driver, driverKey, cb) => watch(driver, getMetaKey(driverKey), (newValue, oldValue) => cb(getMetaValue(newValue), getMetaValue(oldValue)));
    return {
      getItem: async (key, opts) => {
        const { driver, driverKey } = resolveKey(key);
        return await getItem(driver, driverKey, opts);
      },
      getItems: async (keys) => {
        const areaToKeyMap = /* @__PURE__ */ new Map();
        const keyToOptsMap = /* @__PURE__ */ new Map();
        const orderedKeys = [];
        keys.forEach((key) => {
          let keyStr;
          let opts;
          if (typeof key === "string") keyStr = key;
          else if ("getValue" in key) {
            keyStr = key.key;
            opts = { fallback: key.fallback };
          } else {
            keyStr = key.key;
            opts = key.options;
          }
          orderedKeys.push(keyStr);
          const { driverArea, driverKey } = resolveKey(keyStr);
          const areaKeys = areaToKeyMap.get(driverArea) ?? [];
          areaToKeyMap.set(driverArea, areaKeys.concat(driverKey));
          keyToOptsMap.set(keyStr, opts);
        });
        const resultsMap = /* @__PURE__ */ new Map();
        await Promise.all(Array.from(areaToKeyMap.entries()).map(async ([driverArea, keys2]) => {
          (await drivers[driverArea].getItems(keys2)).forEach((driverResult) => {
            const key = `${driverArea}:${driverResult.key}`;
            const opts = keyToOptsMap.get(key);
            const value = getValueOrFallback(driverResult.value, opts?.fallback ?? opts?.defaultValue);
            resultsMap.set(key, value);
          });
        }));
        return orderedKeys.map((key) => ({
          key,
          value: resultsMap.get(key)
        }));
      },
      getMeta: async (key) => {
        const { driver, driverKey } = resolveKey(key);
        return await getMeta(driver, driverKey);
      },
      getMetas: async (args) => {
        const keys = args.map((arg) => {
          const key = typeof arg === "string" ? arg : arg.key;
          const { driverArea, driverKey } = resolveKey(key);
          return {
            key,
            driverArea,
            driverKey,
            driverMetaKey: getMetaKey(driverKey)
          };
        });
        const areaToDriverMetaKeysMap = keys.reduce((map, key) => {
          map[key.driverArea] ??= [];
          map[key.driverArea].push(key);
          return map;
        }, {});
        const resultsMap = {};
        await Promise.all(Object.entries(areaToDriverMetaKeysMap).map(async ([area, keys2]) => {
          const areaRes = await browser.storage[area].get(keys2.map((key) => key.driverMetaKey));
          keys2.forEach((key) => {
            resultsMap[key.key] = areaRes[key.driverMetaKey] ?? {};
          });
        }));
        return keys.map((key) => ({
          key: key.key,
          meta: resultsMap[key.key]
        }));
      },
      setItem: async (key, value) => {
        const { driver, driverKey } = resolveKey(key);
        await setItem(driver, driverKey, value);
      },
      setItems: async (items) => {
        const areaToKeyValueMap = {};
        items.forEach((item) => {
          const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
          areaToKeyValueMap[driverArea] ??= [];
          areaToKeyValueMap[driverArea].push({
            key: driverKey,
            value: item.value
          });
        });
        await Promise.all(Object.entries(areaToKeyValueMap).map(async ([driverArea, values]) => {
          await getDriver(driverArea).setItems(values);
        }));
      },
      setMeta: async (key, properties) => {
        const { driver, driverKey } = resolveKey(key);
        await setMeta(driver, driverKey, properties);
      },
      setMetas: async (items) => {
        const areaToMetaUpdatesMap = {};
        items.forEach((item) => {
          const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
          areaToMetaUpdatesMap[driverArea] ??= [];
          areaToMetaUpdatesMap[driverArea].push({
            key: driverKey,
            properties: item.meta
          });
        });
        await Promise.all(Object.entries(areaToMetaUpdatesMap).map(async ([storageArea, updates]) => {
          const driver = getDriver(storageArea);
          const metaKeys = updates.map(({ key }) => getMetaKey(key));
          const existingMetas = await driver.getItems(metaKeys);
          const existingMetaMap = Object.fromEntries(existingMetas.map(({ key, value }) => [key, getMetaValue(value)]));
          const metaUpdates = updates.map(({ key, properties }) => {
            const metaKey = getMetaKey(key);
            return {
              key: metaKey,
              value: mergeMeta(existingMetaMap[metaKey] ?? {}, properties)
            };
          });
          await driver.setItems(metaUpdates);
        }));
      },
      removeItem: async (key, opts) => {
        const { driver, driverKey } = resolveKey(key);
        await removeItem(driver, driverKey, opts);
      },
      removeItems: async (keys) => {
        const areaToKeysMap = {};
        keys.forEach((key) => {
          let keyStr;
          let opts;
          if (typeof key === "string") keyStr = key;
          else if ("getValue" in key) keyStr = key.key;
          else if ("item" in key) {
            keyStr = key.item.key;
            opts = key.options;
          } else {
            keyStr = key.key;
            opts = key.options;
          }
          const { driverArea, driverKey } = resolveKey(keyStr);
          areaToKeysMap[driverArea] ??= [];
          areaToKeysMap[driverArea].push(driverKey);
          if (opts?.removeMeta) areaToKeysMap[driverArea].push(getMetaKey(driverKey));
        });
        await Promise.all(Object.entries(areaToKeysMap).map(async ([driverArea, keys2]) => {
          await getDriver(driverArea).removeItems(keys2);
        }));
      },
      clear: async (base) => {
        await getDriver(base).clear();
      },
      removeMeta: async (key, properties) => {
        const { driver, driverKey } = resolveKey(key);
        await removeMeta(driver, driverKey, properties);
      },
      snapshot: async (base, opts) => {
        const data = await getDriver(base).snapshot();
        opts?.excludeKeys?.forEach((key) => {
          delete data[key];
          delete data[getMetaKey(key)];
        });
        return data;
      },
      restoreSnapshot: async (base, data) => {
        await getDriver(base).restoreSnapshot(data);
      },
      watch: (key, cb) => {
        const { driver, driverKey } = resolveKey(key);
        return watch(driver, driverKey, cb);
      },
      watchMeta: (key, cb) => {
        const { driver, driverKey } = resolveKey(key);
        return watchMeta(driver, driverKey, cb);
      },
      unwatch() {
        Object.values(drivers).forEach((driver) => {
          driver.unwatch();
        });
      },
      defineItem: (key, opts) => {
        const { driver, driverKey } = resolveKey(key);
        const { version: targetVersion = 1, migrations = {}, onMigrationComplete, debug = false } = opts ?? {};
        if (targetVersion < 1) throw Error("Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.");
        let needsVersionSet = false;
        const migrate = async () => {
          const driverMetaKey = getMetaKey(driverKey);
          const [{ value }, { value: meta }] = await driver.getItems([driverKey, driverMetaKey]);
          needsVersionSet = value == null && meta?.v == null && !!targetVersion;
          if (value == null) return;
          const currentVersion = meta?.v ?? 1;
          if (currentVersion > targetVersion) throw Error(`Version downgrade detected (v${currentVersion} -> v${targetVersion}) for "${key}"`);
          if (currentVersion === targetVersion) return;
          if (debug) console.debug(`[@wxt-dev/storage] Running storage migration for ${key}: v${currentVersion} -> v${targetVersion}`);
          const migrationsToRun = Array.from({ length: targetVersion - currentVersion }, (_, i) => currentVersion + i + 1);
          let migratedValue = value;
          for (const migrateToVersion of migrationsToRun) try {
            migratedValue = await migrations?.[migrateToVersion]?.(migratedValue) ?? migratedValue;
            if (debug) console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${migrateToVersion}`);
          } catch (err) {
            throw new MigrationError(key, migrateToVersion, { cause: err });
          }
          await driver.setItems([{
            key: driverKey,
            value: migratedValue
          }, {
            key: driverMetaKey,
            value: {
              ...meta,
              v: targetVersion
            }
          }]);
          if (debug) console.debug(`[@wxt-dev/storage] Storage migration completed for ${key} v${targetVersion}`, { migratedValue });
          onMigrationComplete?.(migratedValue, targetVersion);
        };
        const migrationsDone = opts?.migrations == null ? Promise.resolve() : migrate().catch((err) => {
          console.error(`[@wxt-dev/storage] Migration failed for ${key}`, err);
        });
        const initLock = srcExports.withLock();
        const getFallback = () => opts?.fallback ?? opts?.defaultValue ?? null;
        const getOrInitValue = () => initLock(async () => {
          const value = await driver.getItem(driverKey);
          if (value != null || opts?.init == null) return value;
          const newValue = await opts.init();
          await driver.setItem(driverKey, newValue);
          if (value == null && targetVersion > 1) await setMeta(driver, driverKey, { v: targetVersion });
          return newValue;
        });
        migrationsDone.then(getOrInitValue);
        return {
          key,
          get defaultValue() {
            return getFallback();
          },
          get fallback() {
            return getFallback();
          },
          getValue: async () => {
            await migrationsDone;
            if (opts?.init) return await getOrInitValue();
            else return await getItem(driver, driverKey, opts);
          },
          getMeta: async () => {
            await migrationsDone;
            return await getMeta(driver, driverKey);
          },
          setValue: async (value) => {
            await migrationsDone;
            if (needsVersionSet) {
              needsVersionSet = false;
              await Promise.all([setItem(driver, driverKey, value), setMeta(driver, driverKey, { v: targetVersion })]);
            } else await setItem(driver, driverKey, value);
          },
          setMeta: async (properties) => {
            await migrationsDone;
            return await setMeta(driver, driverKey, properties);
          },
          removeValue: async (opts2) => {
            await migrationsDone;
            return await removeItem(driver, driverKey, opts2);
          },
          removeMeta: async (properties) => {
            await migrationsDone;
            return await removeMeta(driver, driverKey, properties);
          },
          watch: (cb) => watch(driver, driverKey, (newValue, oldValue) => cb(newValue ?? getFallback(), oldValue ?? getFallback())),
          watchMeta: (cb) => watchMeta(driver, driverKey, cb),
          migrate
        };
      }
    };
  }
  function createDriver(storageArea) {
    const getStorageArea = () => {
      if (browser.runtime == null) throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
      if (browser.storage == null) throw Error("You must add the 'storage' permission to your manifest to use 'wxt/storage'");
      const area = browser.storage[storageArea];
      if (area == null) throw Error(`"browser.storage.${storageArea}" is undefined`);
      return area;
    };
    const watchListeners = /* @__PURE__ */ new Set();
    return {
      getItem: async (key) => {
        return (await getStorageArea().get(key))[key];
      },
      getItems: async (keys) => {
        const result2 = await getStorageArea().get(keys);
        return keys.map((key) => ({
          key,
          value: result2[key] ?? null
        }));
      },
      setItem: async (key, value) => {
        if (value == null) await getStorageArea().remove(key);
        else await getStorageArea().set({ [key]: value });
      },
      setItems: async (values) => {
        const map = values.reduce((map2, { key, value }) => {
          map2[key] = value;
          return map2;
        }, {});
        await getStorageArea().set(map);
      },
      removeItem: async (key) => {
        await getStorageArea().remove(key);
      },
      removeItems: async (keys) => {
        await getStorageArea().remove(keys);
      },
      clear: async () => {
        await getStorageArea().clear();
      },
      snapshot: async () => {
        return await getStorageArea().get();
      },
      restoreSnapshot: async (data) => {
        await getStorageArea().set(data);
      },
      watch(key, cb) {
        const listener = (changes) => {
          const change = changes[key];
          if (change == null || dequal(change.newValue, change.oldValue)) return;
          cb(change.newValue ?? null, change.oldValue ?? null);
        };
        getStorageArea().onChanged.addListener(listener);
        watchListeners.add(listener);
        return () => {
          getStorageArea().onChanged.removeListener(listener);
          watchListeners.delete(listener);
        };
      },
      unwatch() {
        watchListeners.forEach((listener) => {
          getStorageArea().onChanged.removeListener(listener);
        });
        watchListeners.clear();
      }
    };
  }
  var MigrationError = class extends Error {
    constructor(key, version2, options) {
      super(`v${version2} migration failed for "${key}"`, options);
      this.key = key;
      this.version = version2;
    }
  };
  const issueListeners = /* @__PURE__ */ new Set();
  function reportIssues(issues) {
    for (const listener of issueListeners) {
      try {
        listener(issues);
      } catch {
      }
    }
  }
  function toIssues(key, error2) {
    return error2.issues.map((issue2) => ({
      key,
      path: issue2.path.map(String).join(".") || "(root)",
      code: issue2.code,
      message: issue2.message
    }));
  }
  function defineSetting(key, options) {
    const { schema, fallback, version: version2, migrations } = options;
    let defined;
    const itemOf = () => defined ??= storage.defineItem(key, { fallback: null, version: version2, ...migrations ? { migrations } : {} });
    const parseStored = (raw) => {
      if (raw === null || raw === void 0) return { ok: true, value: fallback };
      const parsed = schema.safeParse(raw);
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, value: fallback, issues: toIssues(key, parsed.error) };
    };
    return {
      key,
      fallback,
      version: version2,
      schema,
      get item() {
        return itemOf();
      },
      async read() {
        return parseStored(await itemOf().getValue());
      },
      async getValue() {
        const result2 = parseStored(await itemOf().getValue());
        if (!result2.ok) reportIssues(result2.issues);
        return result2.value;
      },
      async setValue(value) {
        const parsed = schema.safeParse(value);
        if (!parsed.success) return { ok: false, issues: toIssues(key, parsed.error) };
        await itemOf().setValue(parsed.data);
        return { ok: true };
      },
      async removeValue() {
        await itemOf().removeValue();
      },
      watch(callback) {
        return itemOf().watch((raw) => {
          const result2 = parseStored(raw);
          if (!result2.ok) reportIssues(result2.issues);
          callback(result2.value);
        });
      }
    };
  }
  const credentialsSchema = object({
    appKey: string().trim().min(1),
    appSecret: string().trim().min(1),
    accessToken: string().trim().min(1),
    accessTokenExpiresAt: number().int().nonnegative().optional(),
    refreshToken: string().trim().min(1).optional(),
    refreshTokenExpiresAt: number().int().nonnegative().optional(),
    shopCipher: string().trim().min(1).optional(),
    shopId: string().trim().min(1).optional(),
    shopName: string().optional(),
    /** The shop's region as the API writes it (`GB`, `US`, `ID` …); any API region is accepted. */
    region: string().trim().toUpperCase().min(2).max(3).optional()
  });
  const credentialsSetting = defineSetting("local:credentials", {
    schema: credentialsSchema.nullable(),
    fallback: null,
    version: 1
  });
  const CONNECTION_STATES = ["not-configured", "ok", "reconnect-needed", "error"];
  const localizedSchema$1 = object({ en: string(), zh: string() });
  const connectionStateSchema = object({
    state: _enum(CONNECTION_STATES),
    /** Seller-facing explanation. */
    reason: localizedSchema$1.optional(),
    /** Technical detail (API code and message), for support. */
    detail: string().optional(),
    /** Epoch ms of the check that produced this state. */
    checkedAt: number().int().nonnegative().optional()
  });
  const connectionStateSetting = defineSetting("local:connection-state", {
    schema: connectionStateSchema,
    fallback: { state: "not-configured" },
    version: 1
  });
  const MIN_POLL_INTERVAL_MINUTES = 1;
  const MAX_POLL_QPS = 50;
  const MAX_POLL_BATCH_SIZE = 50;
  const pollSettingsSchema = object({
    intervalMinutes: number().int().min(MIN_POLL_INTERVAL_MINUTES).default(15),
    batchSize: number().int().min(1).max(MAX_POLL_BATCH_SIZE).default(20),
    /** Requests per second our client allows itself; the client's token bucket enforces it. */
    qps: number().positive().max(MAX_POLL_QPS).default(10)
  });
  const pollSettings = defineSetting("local:poll-settings", {
    schema: pollSettingsSchema,
    fallback: { intervalMinutes: 15, batchSize: 20, qps: 10 },
    version: 1
  });
  const sellerProfileSchema = object({
    market: _enum(MARKET_CODES).optional(),
    businessType: _enum(["company", "individual"]).optional(),
    dailyOrders: number().int().nonnegative().optional(),
    monthlyParcels: number().int().nonnegative().optional(),
    /** Carrier ids (lib/carriers) the shop has connected in Seller Center. Kept as typed, never rejected. */
    connectedCarriers: array(string().min(1)).default([]),
    defaultParcel: object({
      weightGrams: number().positive(),
      dimensionsMm: object({ length: number().positive(), width: number().positive(), height: number().positive() }).optional()
    }).optional()
  });
  const sellerProfileSetting = defineSetting("local:seller-profile", {
    schema: sellerProfileSchema,
    fallback: { connectedCarriers: [] },
    version: 1
  });
  const LABEL_SIZES = ["4x6", "100x150", "A6"];
  const printerSchema = object({
    /** 203, 300, 600 are the usual thermal heads; any positive resolution is accepted (seed:S33). */
    dpi: number().positive(),
    labelSize: _enum(LABEL_SIZES)
  });
  const printerSetting = defineSetting("local:printer", {
    schema: printerSchema.nullable(),
    fallback: null,
    version: 1
  });
  const callbackSchema = record(
    string().min(1),
    object({ url: string().trim().min(1), updatedAt: number().int().nonnegative().optional() })
  );
  const callbackSetting = defineSetting("local:carrier-callbacks", {
    schema: callbackSchema,
    fallback: {},
    version: 1
  });
  const localeSettingSchema = _enum(["auto", "en", "zh"]);
  const localeSetting = defineSetting("local:locale", {
    schema: localeSettingSchema,
    fallback: "auto",
    version: 1
  });
  const ruleOverridesSetting = defineSetting("local:rule-overrides", {
    schema: unknown(),
    fallback: null,
    version: 1
  });
  const connectionReasons = {
    reconnect: {
      en: "TikTok Shop no longer accepts the saved access token. Reconnect the shop in Options.",
      zh: "TikTok Shop 已不再接受已保存的访问令牌，请在设置中重新连接店铺。"
    },
    notConfigured: {
      en: "No TikTok Shop API credentials yet: tracking is not polled. Connect the shop in Options.",
      zh: "尚未填写 TikTok Shop API 凭证，暂不轮询物流轨迹。请在设置中连接店铺。"
    }
  };
  var dexie$1 = { exports: {} };
  var dexie = dexie$1.exports;
  var hasRequiredDexie;
  function requireDexie() {
    if (hasRequiredDexie) return dexie$1.exports;
    hasRequiredDexie = 1;
    (function(module, exports) {
      (function(global2, factory) {
        module.exports = factory();
      })(dexie, (function() {
        var extendStatics = function(d, b) {
          extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
            d2.__proto__ = b2;
          } || function(d2, b2) {
            for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
          };
          return extendStatics(d, b);
        };
        function __extends(d, b) {
          if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
          extendStatics(d, b);
          function __() {
            this.constructor = d;
          }
          d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
        }
        var __assign = function() {
          __assign = Object.assign || function __assign2(t) {
            for (var s, i = 1, n2 = arguments.length; i < n2; i++) {
              s = arguments[i];
              for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
            }
            return t;
          };
          return __assign.apply(this, arguments);
        };
        function __spreadArray(to, from, pack) {
          for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
              if (!ar) ar = Array.prototype.slice.call(from, 0, i);
              ar[i] = from[i];
            }
          }
          return to.concat(ar || Array.prototype.slice.call(from));
        }
        typeof SuppressedError === "function" ? SuppressedError : function(error2, suppressed, message) {
          var e = new Error(message);
          return e.name = "SuppressedError", e.error = error2, e.suppressed = suppressed, e;
        };
        var _global = typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : commonjsGlobal;
        var keys = Object.keys;
        var isArray = Array.isArray;
        if (typeof Promise !== "undefined" && !_global.Promise) {
          _global.Promise = Promise;
        }
        function extend2(obj, extension) {
          if (typeof extension !== "object")
            return obj;
          keys(extension).forEach(function(key) {
            obj[key] = extension[key];
          });
          return obj;
        }
        var getProto = Object.getPrototypeOf;
        var _hasOwn = {}.hasOwnProperty;
        function hasOwn(obj, prop) {
          return _hasOwn.call(obj, prop);
        }
        function props(proto, extension) {
          if (typeof extension === "function")
            extension = extension(getProto(proto));
          (typeof Reflect === "undefined" ? keys : Reflect.ownKeys)(extension).forEach(function(key) {
            setProp(proto, key, extension[key]);
          });
        }
        var defineProperty = Object.defineProperty;
        function setProp(obj, prop, functionOrGetSet, options) {
          defineProperty(obj, prop, extend2(functionOrGetSet && hasOwn(functionOrGetSet, "get") && typeof functionOrGetSet.get === "function" ? {
            get: functionOrGetSet.get,
            set: functionOrGetSet.set,
            configurable: true
          } : { value: functionOrGetSet, configurable: true, writable: true }, options));
        }
        function derive(Child) {
          return {
            from: function(Parent) {
              Child.prototype = Object.create(Parent.prototype);
              setProp(Child.prototype, "constructor", Child);
              return {
                extend: props.bind(null, Child.prototype)
              };
            }
          };
        }
        var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
        function getPropertyDescriptor(obj, prop) {
          var pd = getOwnPropertyDescriptor(obj, prop);
          var proto;
          return pd || (proto = getProto(obj)) && getPropertyDescriptor(proto, prop);
        }
        var _slice = [].slice;
        function slice(args, start, end) {
          return _slice.call(args, start, end);
        }
        function override(origFunc, overridedFactory) {
          return overridedFactory(origFunc);
        }
        function assert(b) {
          if (!b)
            throw new Error("Assertion Failed");
        }
        function asap$1(fn) {
          if (_global.setImmediate)
            setImmediate(fn);
          else
            setTimeout(fn, 0);
        }
        function arrayToObject(array2, extractor) {
          return array2.reduce(function(result2, item, i) {
            var nameAndValue = extractor(item, i);
            if (nameAndValue)
              result2[nameAndValue[0]] = nameAndValue[1];
            return result2;
          }, {});
        }
        function getByKeyPath(obj, keyPath) {
          if (typeof keyPath === "string" && hasOwn(obj, keyPath))
            return obj[keyPath];
          if (!keyPath)
            return obj;
          if (typeof keyPath !== "string") {
            var rv = [];
            for (var i = 0, l = keyPath.length; i < l; ++i) {
              var val = getByKeyPath(obj, keyPath[i]);
              rv.push(val);
            }
            return rv;
          }
          var period = keyPath.indexOf(".");
          if (period !== -1) {
            var innerObj = obj[keyPath.substr(0, period)];
            return innerObj == null ? void 0 : getByKeyPath(innerObj, keyPath.substr(period + 1));
          }
          return void 0;
        }
        function setByKeyPath(obj, keyPath, value) {
          if (!obj || keyPath === void 0)
            return;
          if ("isFrozen" in Object && Object.isFrozen(obj))
            return;
          if (typeof keyPath !== "string" && "length" in keyPath) {
            assert(typeof value !== "string" && "length" in value);
            for (var i = 0, l = keyPath.length; i < l; ++i) {
              setByKeyPath(obj, keyPath[i], value[i]);
            }
          } else {
            var period = keyPath.indexOf(".");
            if (period !== -1) {
              var currentKeyPath = keyPath.substr(0, period);
              var remainingKeyPath = keyPath.substr(period + 1);
              if (remainingKeyPath === "")
                if (value === void 0) {
                  if (isArray(obj) && !isNaN(parseInt(currentKeyPath)))
                    obj.splice(currentKeyPath, 1);
                  else
                    delete obj[currentKeyPath];
                } else
                  obj[currentKeyPath] = value;
              else {
                var innerObj = obj[currentKeyPath];
                if (!innerObj || !hasOwn(obj, currentKeyPath)) {
                  if (value === void 0)
                    return;
                  innerObj = obj[currentKeyPath] = {};
                }
                setByKeyPath(innerObj, remainingKeyPath, value);
              }
            } else {
              if (value === void 0) {
                if (isArray(obj) && !isNaN(parseInt(keyPath)))
                  obj.splice(keyPath, 1);
                else
                  delete obj[keyPath];
              } else
                obj[keyPath] = value;
            }
          }
        }
        function delByKeyPath(obj, keyPath) {
          if (typeof keyPath === "string")
            setByKeyPath(obj, keyPath, void 0);
          else if ("length" in keyPath)
            [].map.call(keyPath, function(kp) {
              setByKeyPath(obj, kp, void 0);
            });
        }
        function shallowClone2(obj) {
          var rv = {};
          for (var m in obj) {
            if (hasOwn(obj, m))
              rv[m] = obj[m];
          }
          return rv;
        }
        var concat = [].concat;
        function flatten(a) {
          return concat.apply([], a);
        }
        var intrinsicTypeNames = "BigUint64Array,BigInt64Array,Array,Boolean,String,Date,RegExp,Blob,File,FileList,FileSystemFileHandle,FileSystemDirectoryHandle,ArrayBuffer,DataView,Uint8ClampedArray,ImageBitmap,ImageData,Map,Set,CryptoKey".split(",").concat(flatten([8, 16, 32, 64].map(function(num) {
          return ["Int", "Uint", "Float"].map(function(t) {
            return t + num + "Array";
          });
        }))).filter(function(t) {
          return _global[t];
        });
        var intrinsicTypes = new Set(intrinsicTypeNames.map(function(t) {
          return _global[t];
        }));
        function cloneSimpleObjectTree(o) {
          var rv = {};
          for (var k in o)
            if (hasOwn(o, k)) {
              var v = o[k];
              rv[k] = !v || typeof v !== "object" || intrinsicTypes.has(v.constructor) ? v : cloneSimpleObjectTree(v);
            }
          return rv;
        }
        var circularRefs = null;
        function deepClone(any) {
          circularRefs = /* @__PURE__ */ new WeakMap();
          var rv = innerDeepClone(any);
          circularRefs = null;
          return rv;
        }
        function innerDeepClone(x) {
          if (!x || typeof x !== "object")
            return x;
          var rv = circularRefs.get(x);
          if (rv)
            return rv;
          if (isArray(x)) {
            rv = [];
            circularRefs.set(x, rv);
            for (var i = 0, l = x.length; i < l; ++i) {
              rv.push(innerDeepClone(x[i]));
            }
          } else if (intrinsicTypes.has(x.constructor)) {
            rv = x;
          } else {
            var proto = getProto(x);
            rv = proto === Object.prototype ? {} : Object.create(proto);
            circularRefs.set(x, rv);
            for (var prop in x) {
              if (hasOwn(x, prop)) {
                rv[prop] = innerDeepClone(x[prop]);
              }
            }
          }
          return rv;
        }
        var toString = {}.toString;
        function toStringTag(o) {
          return toString.call(o).slice(8, -1);
        }
        var iteratorSymbol = typeof Symbol !== "undefined" ? Symbol.iterator : "@@iterator";
        var getIteratorOf = typeof iteratorSymbol === "symbol" ? function(x) {
          var i;
          return x != null && (i = x[iteratorSymbol]) && i.apply(x);
        } : function() {
          return null;
        };
        function delArrayItem(a, x) {
          var i = a.indexOf(x);
          if (i >= 0)
            a.splice(i, 1);
          return i >= 0;
        }
        var NO_CHAR_ARRAY = {};
        function getArrayOf(arrayLike) {
          var i, a, x, it;
          if (arguments.length === 1) {
            if (isArray(arrayLike))
              return arrayLike.slice();
            if (this === NO_CHAR_ARRAY && typeof arrayLike === "string")
              return [arrayLike];
            if (it = getIteratorOf(arrayLike)) {
              a = [];
              while (x = it.next(), !x.done)
                a.push(x.value);
              return a;
            }
            if (arrayLike == null)
              return [arrayLike];
            i = arrayLike.length;
            if (typeof i === "number") {
              a = new Array(i);
              while (i--)
                a[i] = arrayLike[i];
              return a;
            }
            return [arrayLike];
          }
          i = arguments.length;
          a = new Array(i);
          while (i--)
            a[i] = arguments[i];
          return a;
        }
        var isAsyncFunction = typeof Symbol !== "undefined" ? function(fn) {
          return fn[Symbol.toStringTag] === "AsyncFunction";
        } : function() {
          return false;
        };
        var dexieErrorNames = [
          "Modify",
          "Bulk",
          "OpenFailed",
          "VersionChange",
          "Schema",
          "Upgrade",
          "InvalidTable",
          "MissingAPI",
          "NoSuchDatabase",
          "InvalidArgument",
          "SubTransaction",
          "Unsupported",
          "Internal",
          "DatabaseClosed",
          "PrematureCommit",
          "ForeignAwait"
        ];
        var idbDomErrorNames = [
          "Unknown",
          "Constraint",
          "Data",
          "TransactionInactive",
          "ReadOnly",
          "Version",
          "NotFound",
          "InvalidState",
          "InvalidAccess",
          "Abort",
          "Timeout",
          "QuotaExceeded",
          "Syntax",
          "DataClone"
        ];
        var errorList = dexieErrorNames.concat(idbDomErrorNames);
        var defaultTexts = {
          VersionChanged: "Database version changed by other database connection",
          DatabaseClosed: "Database has been closed",
          Abort: "Transaction aborted",
          TransactionInactive: "Transaction has already completed or failed",
          MissingAPI: "IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb"
        };
        function DexieError(name, msg) {
          this.name = name;
          this.message = msg;
        }
        derive(DexieError).from(Error).extend({
          toString: function() {
            return this.name + ": " + this.message;
          }
        });
        function getMultiErrorMessage(msg, failures) {
          return msg + ". Errors: " + Object.keys(failures).map(function(key) {
            return failures[key].toString();
          }).filter(function(v, i, s) {
            return s.indexOf(v) === i;
          }).join("\n");
        }
        function ModifyError(msg, failures, successCount, failedKeys) {
          this.failures = failures;
          this.failedKeys = failedKeys;
          this.successCount = successCount;
          this.message = getMultiErrorMessage(msg, failures);
        }
        derive(ModifyError).from(DexieError);
        function BulkError(msg, failures) {
          this.name = "BulkError";
          this.failures = Object.keys(failures).map(function(pos) {
            return failures[pos];
          });
          this.failuresByPos = failures;
          this.message = getMultiErrorMessage(msg, this.failures);
        }
        derive(BulkError).from(DexieError);
        var errnames = errorList.reduce(function(obj, name) {
          return obj[name] = name + "Error", obj;
        }, {});
        var BaseException = DexieError;
        var exceptions = errorList.reduce(function(obj, name) {
          var fullName = name + "Error";
          function DexieError2(msgOrInner, inner) {
            this.name = fullName;
            if (!msgOrInner) {
              this.message = defaultTexts[name] || fullName;
              this.inner = null;
            } else if (typeof msgOrInner === "string") {
              this.message = "".concat(msgOrInner).concat(!inner ? "" : "\n " + inner);
              this.inner = inner || null;
            } else if (typeof msgOrInner === "object") {
              this.message = "".concat(msgOrInner.name, " ").concat(msgOrInner.message);
              this.inner = msgOrInner;
            }
          }
          derive(DexieError2).from(BaseException);
          obj[name] = DexieError2;
          return obj;
        }, {});
        exceptions.Syntax = SyntaxError;
        exceptions.Type = TypeError;
        exceptions.Range = RangeError;
        var exceptionMap = idbDomErrorNames.reduce(function(obj, name) {
          obj[name + "Error"] = exceptions[name];
          return obj;
        }, {});
        function mapError(domError, message) {
          if (!domError || domError instanceof DexieError || domError instanceof TypeError || domError instanceof SyntaxError || !domError.name || !exceptionMap[domError.name])
            return domError;
          var rv = new exceptionMap[domError.name](message || domError.message, domError);
          if ("stack" in domError) {
            setProp(rv, "stack", {
              get: function() {
                return this.inner.stack;
              }
            });
          }
          return rv;
        }
        var fullNameExceptions = errorList.reduce(function(obj, name) {
          if (["Syntax", "Type", "Range"].indexOf(name) === -1)
            obj[name + "Error"] = exceptions[name];
          return obj;
        }, {});
        fullNameExceptions.ModifyError = ModifyError;
        fullNameExceptions.DexieError = DexieError;
        fullNameExceptions.BulkError = BulkError;
        function nop() {
        }
        function mirror(val) {
          return val;
        }
        function pureFunctionChain(f1, f2) {
          if (f1 == null || f1 === mirror)
            return f2;
          return function(val) {
            return f2(f1(val));
          };
        }
        function callBoth(on1, on2) {
          return function() {
            on1.apply(this, arguments);
            on2.apply(this, arguments);
          };
        }
        function hookCreatingChain(f1, f2) {
          if (f1 === nop)
            return f2;
          return function() {
            var res = f1.apply(this, arguments);
            if (res !== void 0)
              arguments[0] = res;
            var onsuccess = this.onsuccess, onerror = this.onerror;
            this.onsuccess = null;
            this.onerror = null;
            var res2 = f2.apply(this, arguments);
            if (onsuccess)
              this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
            if (onerror)
              this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
            return res2 !== void 0 ? res2 : res;
          };
        }
        function hookDeletingChain(f1, f2) {
          if (f1 === nop)
            return f2;
          return function() {
            f1.apply(this, arguments);
            var onsuccess = this.onsuccess, onerror = this.onerror;
            this.onsuccess = this.onerror = null;
            f2.apply(this, arguments);
            if (onsuccess)
              this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
            if (onerror)
              this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
          };
        }
        function hookUpdatingChain(f1, f2) {
          if (f1 === nop)
            return f2;
          return function() {
            var res = f1.apply(this, arguments);
            var modifications = arguments[0];
            extend2(modifications, res);
            var onsuccess = this.onsuccess, onerror = this.onerror;
            this.onsuccess = null;
            this.onerror = null;
            var res2 = f2.apply(this, arguments);
            if (onsuccess)
              this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
            if (onerror)
              this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
            return res === void 0 ? res2 === void 0 ? void 0 : res2 : extend2(res, res2);
          };
        }
        function reverseStoppableEventChain(f1, f2) {
          if (f1 === nop)
            return f2;
          return function() {
            if (f2.apply(this, arguments) === false)
              return false;
            return f1.apply(this, arguments);
          };
        }
        function promisableChain(f1, f2) {
          if (f1 === nop)
            return f2;
          return function() {
            var res = f1.apply(this, arguments);
            if (res && typeof res.then === "function") {
              var thiz = this, i = arguments.length, args = new Array(i);
              while (i--)
                args[i] = arguments[i];
              return res.then(function() {
                return f2.apply(thiz, args);
              });
            }
            return f2.apply(this, arguments);
          };
        }
        var debug = typeof location !== "undefined" && /^(http|https):\/\/(localhost|127\.0\.0\.1)/.test(location.href);
        function setDebug(value, filter) {
          debug = value;
        }
        var INTERNAL = {};
        var ZONE_ECHO_LIMIT = 100, _a$12 = typeof Promise === "undefined" ? [] : (function() {
          var globalP = Promise.resolve();
          if (typeof crypto === "undefined" || !crypto.subtle)
            return [globalP, getProto(globalP), globalP];
          var nativeP = crypto.subtle.digest("SHA-512", new Uint8Array([0]));
          return [nativeP, getProto(nativeP), globalP];
        })(), resolvedNativePromise = _a$12[0], nativePromiseProto = _a$12[1], resolvedGlobalPromise = _a$12[2], nativePromiseThen = nativePromiseProto && nativePromiseProto.then;
        var NativePromise = resolvedNativePromise && resolvedNativePromise.constructor;
        var patchGlobalPromise = !!resolvedGlobalPromise;
        function schedulePhysicalTick() {
          queueMicrotask(physicalTick);
        }
        var asap = function(callback, args) {
          microtickQueue.push([callback, args]);
          if (needsNewPhysicalTick) {
            schedulePhysicalTick();
            needsNewPhysicalTick = false;
          }
        };
        var isOutsideMicroTick = true, needsNewPhysicalTick = true, unhandledErrors = [], rejectingErrors = [], rejectionMapper = mirror;
        var globalPSD = {
          id: "global",
          global: true,
          ref: 0,
          unhandleds: [],
          onunhandled: nop,
          pgp: false,
          env: {},
          finalize: nop
        };
        var PSD = globalPSD;
        var microtickQueue = [];
        var numScheduledCalls = 0;
        var tickFinalizers = [];
        function DexiePromise(fn) {
          if (typeof this !== "object")
            throw new TypeError("Promises must be constructed via new");
          this._listeners = [];
          this._lib = false;
          var psd = this._PSD = PSD;
          if (typeof fn !== "function") {
            if (fn !== INTERNAL)
              throw new TypeError("Not a function");
            this._state = arguments[1];
            this._value = arguments[2];
            if (this._state === false)
              handleRejection(this, this._value);
            return;
          }
          this._state = null;
          this._value = null;
          ++psd.ref;
          executePromiseTask(this, fn);
        }
        var thenProp = {
          get: function() {
            var psd = PSD, microTaskId = totalEchoes;
            function then(onFulfilled, onRejected) {
              var _this = this;
              var possibleAwait = !psd.global && (psd !== PSD || microTaskId !== totalEchoes);
              var cleanup = possibleAwait && !decrementExpectedAwaits();
              var rv = new DexiePromise(function(resolve, reject) {
                propagateToListener(_this, new Listener(nativeAwaitCompatibleWrap(onFulfilled, psd, possibleAwait, cleanup), nativeAwaitCompatibleWrap(onRejected, psd, possibleAwait, cleanup), resolve, reject, psd));
              });
              if (this._consoleTask)
                rv._consoleTask = this._consoleTask;
              return rv;
            }
            then.prototype = INTERNAL;
            return then;
          },
          set: function(value) {
            setProp(this, "then", value && value.prototype === INTERNAL ? thenProp : {
              get: function() {
                return value;
              },
              set: thenProp.set
            });
          }
        };
        props(DexiePromise.prototype, {
          then: thenProp,
          _then: function(onFulfilled, onRejected) {
            propagateToListener(this, new Listener(null, null, onFulfilled, onRejected, PSD));
          },
          catch: function(onRejected) {
            if (arguments.length === 1)
              return this.then(null, onRejected);
            var type2 = arguments[0], handler = arguments[1];
            return typeof type2 === "function" ? this.then(null, function(err) {
              return err instanceof type2 ? handler(err) : PromiseReject(err);
            }) : this.then(null, function(err) {
              return err && err.name === type2 ? handler(err) : PromiseReject(err);
            });
          },
          finally: function(onFinally) {
            return this.then(function(value) {
              return DexiePromise.resolve(onFinally()).then(function() {
                return value;
              });
            }, function(err) {
              return DexiePromise.resolve(onFinally()).then(function() {
                return PromiseReject(err);
              });
            });
          },
          timeout: function(ms, msg) {
            var _this = this;
            return ms < Infinity ? new DexiePromise(function(resolve, reject) {
              var handle = setTimeout(function() {
                return reject(new exceptions.Timeout(msg));
              }, ms);
              _this.then(resolve, reject).finally(clearTimeout.bind(null, handle));
            }) : this;
          }
        });
        if (typeof Symbol !== "undefined" && Symbol.toStringTag)
          setProp(DexiePromise.prototype, Symbol.toStringTag, "Dexie.Promise");
        globalPSD.env = snapShot();
        function Listener(onFulfilled, onRejected, resolve, reject, zone) {
          this.onFulfilled = typeof onFulfilled === "function" ? onFulfilled : null;
          this.onRejected = typeof onRejected === "function" ? onRejected : null;
          this.resolve = resolve;
          this.reject = reject;
          this.psd = zone;
        }
        props(DexiePromise, {
          all: function() {
            var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
            return new DexiePromise(function(resolve, reject) {
              if (values.length === 0)
                resolve([]);
              var remaining = values.length;
              values.forEach(function(a, i) {
                return DexiePromise.resolve(a).then(function(x) {
                  values[i] = x;
                  if (!--remaining)
                    resolve(values);
                }, reject);
              });
            });
          },
          resolve: function(value) {
            if (value instanceof DexiePromise)
              return value;
            if (value && typeof value.then === "function")
              return new DexiePromise(function(resolve, reject) {
                value.then(resolve, reject);
              });
            var rv = new DexiePromise(INTERNAL, true, value);
            return rv;
          },
          reject: PromiseReject,
          race: function() {
            var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
            return new DexiePromise(function(resolve, reject) {
              values.map(function(value) {
                return DexiePromise.resolve(value).then(resolve, reject);
              });
            });
          },
          PSD: {
            get: function() {
              return PSD;
            },
            set: function(value) {
              return PSD = value;
            }
          },
          totalEchoes: { get: function() {
            return totalEchoes;
          } },
          newPSD: newScope,
          usePSD,
          scheduler: {
            get: function() {
              return asap;
            },
            set: function(value) {
              asap = value;
            }
          },
          rejectionMapper: {
            get: function() {
              return rejectionMapper;
            },
            set: function(value) {
              rejectionMapper = value;
            }
          },
          follow: function(fn, zoneProps) {
            return new DexiePromise(function(resolve, reject) {
              return newScope(function(resolve2, reject2) {
                var psd = PSD;
                psd.unhandleds = [];
                psd.onunhandled = reject2;
                psd.finalize = callBoth(function() {
                  var _this = this;
                  run_at_end_of_this_or_next_physical_tick(function() {
                    _this.unhandleds.length === 0 ? resolve2() : reject2(_this.unhandleds[0]);
                  });
                }, psd.finalize);
                fn();
              }, zoneProps, resolve, reject);
            });
          }
        });
        if (NativePromise) {
          if (NativePromise.allSettled)
            setProp(DexiePromise, "allSettled", function() {
              var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
              return new DexiePromise(function(resolve) {
                if (possiblePromises.length === 0)
                  resolve([]);
                var remaining = possiblePromises.length;
                var results = new Array(remaining);
                possiblePromises.forEach(function(p, i) {
                  return DexiePromise.resolve(p).then(function(value) {
                    return results[i] = { status: "fulfilled", value };
                  }, function(reason) {
                    return results[i] = { status: "rejected", reason };
                  }).then(function() {
                    return --remaining || resolve(results);
                  });
                });
              });
            });
          if (NativePromise.any && typeof AggregateError !== "undefined")
            setProp(DexiePromise, "any", function() {
              var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
              return new DexiePromise(function(resolve, reject) {
                if (possiblePromises.length === 0)
                  reject(new AggregateError([]));
                var remaining = possiblePromises.length;
                var failures = new Array(remaining);
                possiblePromises.forEach(function(p, i) {
                  return DexiePromise.resolve(p).then(function(value) {
                    return resolve(value);
                  }, function(failure2) {
                    failures[i] = failure2;
                    if (!--remaining)
                      reject(new AggregateError(failures));
                  });
                });
              });
            });
          if (NativePromise.withResolvers)
            DexiePromise.withResolvers = NativePromise.withResolvers;
        }
        function executePromiseTask(promise, fn) {
          try {
            fn(function(value) {
              if (promise._state !== null)
                return;
              if (value === promise)
                throw new TypeError("A promise cannot be resolved with itself.");
              var shouldExecuteTick = promise._lib && beginMicroTickScope();
              if (value && typeof value.then === "function") {
                executePromiseTask(promise, function(resolve, reject) {
                  value instanceof DexiePromise ? value._then(resolve, reject) : value.then(resolve, reject);
                });
              } else {
                promise._state = true;
                promise._value = value;
                propagateAllListeners(promise);
              }
              if (shouldExecuteTick)
                endMicroTickScope();
            }, handleRejection.bind(null, promise));
          } catch (ex) {
            handleRejection(promise, ex);
          }
        }
        function handleRejection(promise, reason) {
          rejectingErrors.push(reason);
          if (promise._state !== null)
            return;
          var shouldExecuteTick = promise._lib && beginMicroTickScope();
          reason = rejectionMapper(reason);
          promise._state = false;
          promise._value = reason;
          addPossiblyUnhandledError(promise);
          propagateAllListeners(promise);
          if (shouldExecuteTick)
            endMicroTickScope();
        }
        function propagateAllListeners(promise) {
          var listeners = promise._listeners;
          promise._listeners = [];
          for (var i = 0, len = listeners.length; i < len; ++i) {
            propagateToListener(promise, listeners[i]);
          }
          var psd = promise._PSD;
          --psd.ref || psd.finalize();
          if (numScheduledCalls === 0) {
            ++numScheduledCalls;
            asap(function() {
              if (--numScheduledCalls === 0)
                finalizePhysicalTick();
            }, []);
          }
        }
        function propagateToListener(promise, listener) {
          if (promise._state === null) {
            promise._listeners.push(listener);
            return;
          }
          var cb = promise._state ? listener.onFulfilled : listener.onRejected;
          if (cb === null) {
            return (promise._state ? listener.resolve : listener.reject)(promise._value);
          }
          ++listener.psd.ref;
          ++numScheduledCalls;
          asap(callListener, [cb, promise, listener]);
        }
        function callListener(cb, promise, listener) {
          try {
            var ret, value = promise._value;
            if (!promise._state && rejectingErrors.length)
              rejectingErrors = [];
            ret = debug && promise._consoleTask ? promise._consoleTask.run(function() {
              return cb(value);
            }) : cb(value);
            if (!promise._state && rejectingErrors.indexOf(value) === -1) {
              markErrorAsHandled(promise);
            }
            listener.resolve(ret);
          } catch (e) {
            listener.reject(e);
          } finally {
            if (--numScheduledCalls === 0)
              finalizePhysicalTick();
            --listener.psd.ref || listener.psd.finalize();
          }
        }
        function physicalTick() {
          usePSD(globalPSD, function() {
            beginMicroTickScope() && endMicroTickScope();
          });
        }
        function beginMicroTickScope() {
          var wasRootExec = isOutsideMicroTick;
          isOutsideMicroTick = false;
          needsNewPhysicalTick = false;
          return wasRootExec;
        }
        function endMicroTickScope() {
          var callbacks, i, l;
          do {
            while (microtickQueue.length > 0) {
              callbacks = microtickQueue;
              microtickQueue = [];
              l = callbacks.length;
              for (i = 0; i < l; ++i) {
                var item = callbacks[i];
                item[0].apply(null, item[1]);
              }
            }
          } while (microtickQueue.length > 0);
          isOutsideMicroTick = true;
          needsNewPhysicalTick = true;
        }
        function finalizePhysicalTick() {
          var unhandledErrs = unhandledErrors;
          unhandledErrors = [];
          unhandledErrs.forEach(function(p) {
            p._PSD.onunhandled.call(null, p._value, p);
          });
          var finalizers = tickFinalizers.slice(0);
          var i = finalizers.length;
          while (i)
            finalizers[--i]();
        }
        function run_at_end_of_this_or_next_physical_tick(fn) {
          function finalizer() {
            fn();
            tickFinalizers.splice(tickFinalizers.indexOf(finalizer), 1);
          }
          tickFinalizers.push(finalizer);
          ++numScheduledCalls;
          asap(function() {
            if (--numScheduledCalls === 0)
              finalizePhysicalTick();
          }, []);
        }
        function addPossiblyUnhandledError(promise) {
          if (!unhandledErrors.some(function(p) {
            return p._value === promise._value;
          }))
            unhandledErrors.push(promise);
        }
        function markErrorAsHandled(promise) {
          var i = unhandledErrors.length;
          while (i)
            if (unhandledErrors[--i]._value === promise._value) {
              unhandledErrors.splice(i, 1);
              return;
            }
        }
        function PromiseReject(reason) {
          return new DexiePromise(INTERNAL, false, reason);
        }
        function wrap(fn, errorCatcher) {
          var psd = PSD;
          return function() {
            var wasRootExec = beginMicroTickScope(), outerScope = PSD;
            try {
              switchToZone(psd, true);
              return fn.apply(this, arguments);
            } catch (e) {
              errorCatcher && errorCatcher(e);
            } finally {
              switchToZone(outerScope, false);
              if (wasRootExec)
                endMicroTickScope();
            }
          };
        }
        var task = { awaits: 0, echoes: 0, id: 0 };
        var taskCounter = 0;
        var zoneStack = [];
        var zoneEchoes = 0;
        var totalEchoes = 0;
        var zone_id_counter = 0;
        function newScope(fn, props2, a1, a2) {
          var parent = PSD, psd = Object.create(parent);
          psd.parent = parent;
          psd.ref = 0;
          psd.global = false;
          psd.id = ++zone_id_counter;
          globalPSD.env;
          psd.env = patchGlobalPromise ? {
            Promise: DexiePromise,
            PromiseProp: {
              value: DexiePromise,
              configurable: true,
              writable: true
            },
            all: DexiePromise.all,
            race: DexiePromise.race,
            allSettled: DexiePromise.allSettled,
            any: DexiePromise.any,
            resolve: DexiePromise.resolve,
            reject: DexiePromise.reject
          } : {};
          if (props2)
            extend2(psd, props2);
          ++parent.ref;
          psd.finalize = function() {
            --this.parent.ref || this.parent.finalize();
          };
          var rv = usePSD(psd, fn, a1, a2);
          if (psd.ref === 0)
            psd.finalize();
          return rv;
        }
        function incrementExpectedAwaits() {
          if (!task.id)
            task.id = ++taskCounter;
          ++task.awaits;
          task.echoes += ZONE_ECHO_LIMIT;
          return task.id;
        }
        function decrementExpectedAwaits() {
          if (!task.awaits)
            return false;
          if (--task.awaits === 0)
            task.id = 0;
          task.echoes = task.awaits * ZONE_ECHO_LIMIT;
          return true;
        }
        if (("" + nativePromiseThen).indexOf("[native code]") === -1) {
          incrementExpectedAwaits = decrementExpectedAwaits = nop;
        }
        function onPossibleParallellAsync(possiblePromise) {
          if (task.echoes && possiblePromise && possiblePromise.constructor === NativePromise) {
            incrementExpectedAwaits();
            return possiblePromise.then(function(x) {
              decrementExpectedAwaits();
              return x;
            }, function(e) {
              decrementExpectedAwaits();
              return rejection(e);
            });
          }
          return possiblePromise;
        }
        function zoneEnterEcho(targetZone) {
          ++totalEchoes;
          if (!task.echoes || --task.echoes === 0) {
            task.echoes = task.awaits = task.id = 0;
          }
          zoneStack.push(PSD);
          switchToZone(targetZone, true);
        }
        function zoneLeaveEcho() {
          var zone = zoneStack[zoneStack.length - 1];
          zoneStack.pop();
          switchToZone(zone, false);
        }
        function switchToZone(targetZone, bEnteringZone) {
          var currentZone = PSD;
          if (bEnteringZone ? task.echoes && (!zoneEchoes++ || targetZone !== PSD) : zoneEchoes && (!--zoneEchoes || targetZone !== PSD)) {
            queueMicrotask(bEnteringZone ? zoneEnterEcho.bind(null, targetZone) : zoneLeaveEcho);
          }
          if (targetZone === PSD)
            return;
          PSD = targetZone;
          if (currentZone === globalPSD)
            globalPSD.env = snapShot();
          if (patchGlobalPromise) {
            var GlobalPromise = globalPSD.env.Promise;
            var targetEnv = targetZone.env;
            if (currentZone.global || targetZone.global) {
              Object.defineProperty(_global, "Promise", targetEnv.PromiseProp);
              GlobalPromise.all = targetEnv.all;
              GlobalPromise.race = targetEnv.race;
              GlobalPromise.resolve = targetEnv.resolve;
              GlobalPromise.reject = targetEnv.reject;
              if (targetEnv.allSettled)
                GlobalPromise.allSettled = targetEnv.allSettled;
              if (targetEnv.any)
                GlobalPromise.any = targetEnv.any;
            }
          }
        }
        function snapShot() {
          var GlobalPromise = _global.Promise;
          return patchGlobalPromise ? {
            Promise: GlobalPromise,
            PromiseProp: Object.getOwnPropertyDescriptor(_global, "Promise"),
            all: GlobalPromise.all,
            race: GlobalPromise.race,
            allSettled: GlobalPromise.allSettled,
            any: GlobalPromise.any,
            resolve: GlobalPromise.resolve,
            reject: GlobalPromise.reject
          } : {};
        }
        function usePSD(psd, fn, a1, a2, a3) {
          var outerScope = PSD;
          try {
            switchToZone(psd, true);
            return fn(a1, a2, a3);
          } finally {
            switchToZone(outerScope, false);
          }
        }
        function nativeAwaitCompatibleWrap(fn, zone, possibleAwait, cleanup) {
          return typeof fn !== "function" ? fn : function() {
            var outerZone = PSD;
            if (possibleAwait)
              incrementExpectedAwaits();
            switchToZone(zone, true);
            try {
              return fn.apply(this, arguments);
            } finally {
              switchToZone(outerZone, false);
              if (cleanup)
                queueMicrotask(decrementExpectedAwaits);
            }
          };
        }
        function execInGlobalContext(cb) {
          if (Promise === NativePromise && task.echoes === 0) {
            if (zoneEchoes === 0) {
              cb();
            } else {
              enqueueNativeMicroTask(cb);
            }
          } else {
            setTimeout(cb, 0);
          }
        }
        var rejection = DexiePromise.reject;
        function tempTransaction(db2, mode, storeNames, fn) {
          if (!db2.idbdb || !db2._state.openComplete && !PSD.letThrough && !db2._vip) {
            if (db2._state.openComplete) {
              return rejection(new exceptions.DatabaseClosed(db2._state.dbOpenError));
            }
            if (!db2._state.isBeingOpened) {
              if (!db2._state.autoOpen)
                return rejection(new exceptions.DatabaseClosed());
              db2.open().catch(nop);
            }
            return db2._state.dbReadyPromise.then(function() {
              return tempTransaction(db2, mode, storeNames, fn);
            });
          } else {
            var trans = db2._createTransaction(mode, storeNames, db2._dbSchema);
            try {
              trans.create();
              db2._state.PR1398_maxLoop = 3;
            } catch (ex) {
              if (ex.name === errnames.InvalidState && db2.isOpen() && --db2._state.PR1398_maxLoop > 0) {
                console.warn("Dexie: Need to reopen db");
                db2.close({ disableAutoOpen: false });
                return db2.open().then(function() {
                  return tempTransaction(db2, mode, storeNames, fn);
                });
              }
              return rejection(ex);
            }
            return trans._promise(mode, function(resolve, reject) {
              return newScope(function() {
                PSD.trans = trans;
                return fn(resolve, reject, trans);
              });
            }).then(function(result2) {
              if (mode === "readwrite")
                try {
                  trans.idbtrans.commit();
                } catch (_a3) {
                }
              return mode === "readonly" ? result2 : trans._completion.then(function() {
                return result2;
              });
            });
          }
        }
        var DEXIE_VERSION = "4.4.7";
        var maxString = String.fromCharCode(65535);
        var minKey = -Infinity;
        var INVALID_KEY_ARGUMENT = "Invalid key provided. Keys must be of type string, number, Date or Array<string | number | Date>.";
        var STRING_EXPECTED = "String expected.";
        var DEFAULT_MAX_CONNECTIONS = 1e3;
        var DBNAMES_DB = "__dbnames";
        var READONLY = "readonly";
        var READWRITE = "readwrite";
        function combine(filter1, filter2) {
          return filter1 ? filter2 ? function() {
            return filter1.apply(this, arguments) && filter2.apply(this, arguments);
          } : filter1 : filter2;
        }
        var AnyRange = {
          type: 3,
          lower: -Infinity,
          lowerOpen: false,
          upper: [[]],
          upperOpen: false
        };
        function workaroundForUndefinedPrimKey(keyPath) {
          return typeof keyPath === "string" && !/\./.test(keyPath) ? function(obj) {
            if (obj[keyPath] === void 0 && keyPath in obj) {
              obj = deepClone(obj);
              delete obj[keyPath];
            }
            return obj;
          } : function(obj) {
            return obj;
          };
        }
        function Entity2() {
          throw exceptions.Type("Entity instances must never be new:ed. Instances are generated by the framework bypassing the constructor.");
        }
        function cmp2(a, b) {
          try {
            var ta = type(a);
            var tb = type(b);
            if (ta !== tb) {
              if (ta === "Array")
                return 1;
              if (tb === "Array")
                return -1;
              if (ta === "binary")
                return 1;
              if (tb === "binary")
                return -1;
              if (ta === "string")
                return 1;
              if (tb === "string")
                return -1;
              if (ta === "Date")
                return 1;
              if (tb !== "Date")
                return NaN;
              return -1;
            }
            switch (ta) {
              case "number":
              case "Date":
              case "string":
                return a > b ? 1 : a < b ? -1 : 0;
              case "binary": {
                return compareUint8Arrays(getUint8Array(a), getUint8Array(b));
              }
              case "Array":
                return compareArrays(a, b);
            }
          } catch (_a3) {
          }
          return NaN;
        }
        function compareArrays(a, b) {
          var al = a.length;
          var bl = b.length;
          var l = al < bl ? al : bl;
          for (var i = 0; i < l; ++i) {
            var res = cmp2(a[i], b[i]);
            if (res !== 0)
              return res;
          }
          return al === bl ? 0 : al < bl ? -1 : 1;
        }
        function compareUint8Arrays(a, b) {
          var al = a.length;
          var bl = b.length;
          var l = al < bl ? al : bl;
          for (var i = 0; i < l; ++i) {
            if (a[i] !== b[i])
              return a[i] < b[i] ? -1 : 1;
          }
          return al === bl ? 0 : al < bl ? -1 : 1;
        }
        function type(x) {
          var t = typeof x;
          if (t !== "object")
            return t;
          if (ArrayBuffer.isView(x))
            return "binary";
          var tsTag = toStringTag(x);
          return tsTag === "ArrayBuffer" ? "binary" : tsTag;
        }
        function getUint8Array(a) {
          if (a instanceof Uint8Array)
            return a;
          if (ArrayBuffer.isView(a))
            return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
          return new Uint8Array(a);
        }
        function builtInDeletionTrigger(table, keys2, res) {
          var yProps = table.schema.yProps;
          if (!yProps)
            return res;
          if (keys2 && res.numFailures > 0)
            keys2 = keys2.filter(function(_, i) {
              return !res.failures[i];
            });
          return Promise.all(yProps.map(function(_a3) {
            var updatesTable = _a3.updatesTable;
            return keys2 ? table.db.table(updatesTable).where("k").anyOf(keys2).delete() : table.db.table(updatesTable).clear();
          })).then(function() {
            return res;
          });
        }
        var PropModification2 = (function() {
          function PropModification3(spec) {
            this["@@propmod"] = spec;
          }
          PropModification3.prototype.execute = function(value) {
            var _a3;
            var spec = this["@@propmod"];
            if (spec.add !== void 0) {
              var term = spec.add;
              if (isArray(term)) {
                return __spreadArray(__spreadArray([], isArray(value) ? value : [], true), term).sort();
              }
              if (typeof term === "number")
                return (Number(value) || 0) + term;
              if (typeof term === "bigint") {
                try {
                  return BigInt(value) + term;
                } catch (_b) {
                  return BigInt(0) + term;
                }
              }
              throw new TypeError("Invalid term ".concat(term));
            }
            if (spec.remove !== void 0) {
              var subtrahend_1 = spec.remove;
              if (isArray(subtrahend_1)) {
                return isArray(value) ? value.filter(function(item) {
                  return !subtrahend_1.includes(item);
                }).sort() : [];
              }
              if (typeof subtrahend_1 === "number")
                return Number(value) - subtrahend_1;
              if (typeof subtrahend_1 === "bigint") {
                try {
                  return BigInt(value) - subtrahend_1;
                } catch (_c) {
                  return BigInt(0) - subtrahend_1;
                }
              }
              throw new TypeError("Invalid subtrahend ".concat(subtrahend_1));
            }
            var prefixToReplace = (_a3 = spec.replacePrefix) === null || _a3 === void 0 ? void 0 : _a3[0];
            if (prefixToReplace && typeof value === "string" && value.startsWith(prefixToReplace)) {
              return spec.replacePrefix[1] + value.substring(prefixToReplace.length);
            }
            return value;
          };
          return PropModification3;
        })();
        function applyUpdateSpec(obj, changes) {
          var keyPaths = keys(changes);
          var numKeys = keyPaths.length;
          var anythingModified = false;
          for (var i = 0; i < numKeys; ++i) {
            var keyPath = keyPaths[i];
            var value = changes[keyPath];
            var origValue = getByKeyPath(obj, keyPath);
            if (value instanceof PropModification2) {
              setByKeyPath(obj, keyPath, value.execute(origValue));
              anythingModified = true;
            } else if (origValue !== value) {
              setByKeyPath(obj, keyPath, value);
              anythingModified = true;
            }
          }
          return anythingModified;
        }
        var Table = (function() {
          function Table2() {
          }
          Table2.prototype._trans = function(mode, fn, writeLocked) {
            var trans = this._tx || PSD.trans;
            var tableName = this.name;
            var task2 = debug && typeof console !== "undefined" && console.createTask && console.createTask("Dexie: ".concat(mode === "readonly" ? "read" : "write", " ").concat(this.name));
            function checkTableInTransaction(resolve, reject, trans2) {
              if (!trans2.schema[tableName])
                throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
              return fn(trans2.idbtrans, trans2);
            }
            var wasRootExec = beginMicroTickScope();
            try {
              var p = trans && trans.db._novip === this.db._novip ? trans === PSD.trans ? trans._promise(mode, checkTableInTransaction, writeLocked) : newScope(function() {
                return trans._promise(mode, checkTableInTransaction, writeLocked);
              }, { trans, transless: PSD.transless || PSD }) : tempTransaction(this.db, mode, [this.name], checkTableInTransaction);
              if (task2) {
                p._consoleTask = task2;
                p = p.catch(function(err) {
                  console.trace(err);
                  return rejection(err);
                });
              }
              return p;
            } finally {
              if (wasRootExec)
                endMicroTickScope();
            }
          };
          Table2.prototype.get = function(keyOrCrit, cb) {
            var _this = this;
            if (keyOrCrit && keyOrCrit.constructor === Object)
              return this.where(keyOrCrit).first(cb);
            if (keyOrCrit == null)
              return rejection(new exceptions.Type("Invalid argument to Table.get()"));
            return this._trans("readonly", function(trans) {
              return _this.core.get({ trans, key: keyOrCrit }).then(function(res) {
                return _this.hook.reading.fire(res);
              });
            }).then(cb);
          };
          Table2.prototype.where = function(indexOrCrit) {
            if (typeof indexOrCrit === "string")
              return new this.db.WhereClause(this, indexOrCrit);
            if (isArray(indexOrCrit))
              return new this.db.WhereClause(this, "[".concat(indexOrCrit.join("+"), "]"));
            var keyPaths = keys(indexOrCrit);
            if (keyPaths.length === 1)
              return this.where(keyPaths[0]).equals(indexOrCrit[keyPaths[0]]);
            var compoundIndex = this.schema.indexes.concat(this.schema.primKey).filter(function(ix) {
              if (ix.compound && keyPaths.every(function(keyPath) {
                return ix.keyPath.indexOf(keyPath) >= 0;
              })) {
                for (var i = 0; i < keyPaths.length; ++i) {
                  if (keyPaths.indexOf(ix.keyPath[i]) === -1)
                    return false;
                }
                return true;
              }
              return false;
            }).sort(function(a, b) {
              return a.keyPath.length - b.keyPath.length;
            })[0];
            if (compoundIndex && this.db._maxKey !== maxString) {
              var keyPathsInValidOrder = compoundIndex.keyPath.slice(0, keyPaths.length);
              return this.where(keyPathsInValidOrder).equals(keyPathsInValidOrder.map(function(kp) {
                return indexOrCrit[kp];
              }));
            }
            if (!compoundIndex && debug)
              console.warn("The query ".concat(JSON.stringify(indexOrCrit), " on ").concat(this.name, " would benefit from a ") + "compound index [".concat(keyPaths.join("+"), "]"));
            var idxByName = this.schema.idxByName;
            function equals(a, b) {
              return cmp2(a, b) === 0;
            }
            var _a3 = keyPaths.reduce(function(_a4, keyPath) {
              var prevIndex = _a4[0], prevFilterFn = _a4[1];
              var index = idxByName[keyPath];
              var value = indexOrCrit[keyPath];
              return [
                prevIndex || index,
                prevIndex || !index ? combine(prevFilterFn, index && index.multi ? function(x) {
                  var prop = getByKeyPath(x, keyPath);
                  return isArray(prop) && prop.some(function(item) {
                    return equals(value, item);
                  });
                } : function(x) {
                  return equals(value, getByKeyPath(x, keyPath));
                }) : prevFilterFn
              ];
            }, [null, null]), idx = _a3[0], filterFunction = _a3[1];
            return idx ? this.where(idx.name).equals(indexOrCrit[idx.keyPath]).filter(filterFunction) : compoundIndex ? this.filter(filterFunction) : this.where(keyPaths).equals("");
          };
          Table2.prototype.filter = function(filterFunction) {
            return this.toCollection().and(filterFunction);
          };
          Table2.prototype.count = function(thenShortcut) {
            return this.toCollection().count(thenShortcut);
          };
          Table2.prototype.offset = function(offset) {
            return this.toCollection().offset(offset);
          };
          Table2.prototype.limit = function(numRows) {
            return this.toCollection().limit(numRows);
          };
          Table2.prototype.each = function(callback) {
            return this.toCollection().each(callback);
          };
          Table2.prototype.toArray = function(thenShortcut) {
            return this.toCollection().toArray(thenShortcut);
          };
          Table2.prototype.toCollection = function() {
            return new this.db.Collection(new this.db.WhereClause(this));
          };
          Table2.prototype.orderBy = function(index) {
            return new this.db.Collection(new this.db.WhereClause(this, isArray(index) ? "[".concat(index.join("+"), "]") : index));
          };
          Table2.prototype.reverse = function() {
            return this.toCollection().reverse();
          };
          Table2.prototype.mapToClass = function(constructor) {
            var _a3 = this, db2 = _a3.db, tableName = _a3.name;
            this.schema.mappedClass = constructor;
            if (constructor.prototype instanceof Entity2) {
              constructor = (function(_super) {
                __extends(class_1, _super);
                function class_1() {
                  return _super !== null && _super.apply(this, arguments) || this;
                }
                Object.defineProperty(class_1.prototype, "db", {
                  get: function() {
                    return db2;
                  },
                  enumerable: false,
                  configurable: true
                });
                class_1.prototype.table = function() {
                  return tableName;
                };
                return class_1;
              })(constructor);
            }
            var inheritedProps = /* @__PURE__ */ new Set();
            for (var proto = constructor.prototype; proto; proto = getProto(proto)) {
              Object.getOwnPropertyNames(proto).forEach(function(propName) {
                return inheritedProps.add(propName);
              });
            }
            var readHook = function(obj) {
              if (!obj)
                return obj;
              var res = Object.create(constructor.prototype);
              for (var m in obj)
                if (!inheritedProps.has(m))
                  try {
                    res[m] = obj[m];
                  } catch (_) {
                  }
              return res;
            };
            if (this.schema.readHook) {
              this.hook.reading.unsubscribe(this.schema.readHook);
            }
            this.schema.readHook = readHook;
            this.hook("reading", readHook);
            return constructor;
          };
          Table2.prototype.defineClass = function() {
            function Class(content) {
              extend2(this, content);
            }
            return this.mapToClass(Class);
          };
          Table2.prototype.add = function(obj, key) {
            var _this = this;
            var _a3 = this.schema.primKey, auto = _a3.auto, keyPath = _a3.keyPath;
            var objToAdd = obj;
            if (keyPath && auto) {
              objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
            }
            return this._trans("readwrite", function(trans) {
              return _this.core.mutate({
                trans,
                type: "add",
                keys: key != null ? [key] : null,
                values: [objToAdd]
              });
            }).then(function(res) {
              return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
            }).then(function(lastResult) {
              if (keyPath) {
                try {
                  setByKeyPath(obj, keyPath, lastResult);
                } catch (_) {
                }
              }
              return lastResult;
            });
          };
          Table2.prototype.upsert = function(key, modifications) {
            var _this = this;
            var keyPath = this.schema.primKey.keyPath;
            return this._trans("readwrite", function(trans) {
              return _this.core.get({ trans, key }).then(function(existing) {
                var obj = existing !== null && existing !== void 0 ? existing : {};
                applyUpdateSpec(obj, modifications);
                if (keyPath)
                  setByKeyPath(obj, keyPath, key);
                return _this.core.mutate({
                  trans,
                  type: "put",
                  values: [obj],
                  keys: [key],
                  upsert: true,
                  updates: { keys: [key], changeSpecs: [modifications] }
                }).then(function(res) {
                  return res.numFailures ? DexiePromise.reject(res.failures[0]) : !!existing;
                });
              });
            });
          };
          Table2.prototype.update = function(keyOrObject, modifications) {
            if (typeof keyOrObject === "object" && !isArray(keyOrObject)) {
              var key = getByKeyPath(keyOrObject, this.schema.primKey.keyPath);
              if (key === void 0)
                return rejection(new exceptions.InvalidArgument("Given object does not contain its primary key"));
              return this.where(":id").equals(key).modify(modifications);
            } else {
              return this.where(":id").equals(keyOrObject).modify(modifications);
            }
          };
          Table2.prototype.put = function(obj, key) {
            var _this = this;
            var _a3 = this.schema.primKey, auto = _a3.auto, keyPath = _a3.keyPath;
            var objToAdd = obj;
            if (keyPath && auto) {
              objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
            }
            return this._trans("readwrite", function(trans) {
              return _this.core.mutate({
                trans,
                type: "put",
                values: [objToAdd],
                keys: key != null ? [key] : null
              });
            }).then(function(res) {
              return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
            }).then(function(lastResult) {
              if (keyPath) {
                try {
                  setByKeyPath(obj, keyPath, lastResult);
                } catch (_) {
                }
              }
              return lastResult;
            });
          };
          Table2.prototype.delete = function(key) {
            var _this = this;
            return this._trans("readwrite", function(trans) {
              return _this.core.mutate({ trans, type: "delete", keys: [key] }).then(function(res) {
                return builtInDeletionTrigger(_this, [key], res);
              }).then(function(res) {
                return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
              });
            });
          };
          Table2.prototype.clear = function() {
            var _this = this;
            return this._trans("readwrite", function(trans) {
              return _this.core.mutate({ trans, type: "deleteRange", range: AnyRange }).then(function(res) {
                return builtInDeletionTrigger(_this, null, res);
              });
            }).then(function(res) {
              return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
            });
          };
          Table2.prototype.bulkGet = function(keys2) {
            var _this = this;
            return this._trans("readonly", function(trans) {
              return _this.core.getMany({
                keys: keys2,
                trans
              }).then(function(result2) {
                return result2.map(function(res) {
                  return _this.hook.reading.fire(res);
                });
              });
            });
          };
          Table2.prototype.bulkAdd = function(objects, keysOrOptions, options) {
            var _this = this;
            var keys2 = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
            options = options || (keys2 ? void 0 : keysOrOptions);
            var wantResults = options ? options.allKeys : void 0;
            return this._trans("readwrite", function(trans) {
              var _a3 = _this.schema.primKey, auto = _a3.auto, keyPath = _a3.keyPath;
              if (keyPath && keys2)
                throw new exceptions.InvalidArgument("bulkAdd(): keys argument invalid on tables with inbound keys");
              if (keys2 && keys2.length !== objects.length)
                throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
              var numObjects = objects.length;
              var objectsToAdd = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
              return _this.core.mutate({
                trans,
                type: "add",
                keys: keys2,
                values: objectsToAdd,
                wantResults
              }).then(function(_a4) {
                var numFailures = _a4.numFailures, results = _a4.results, lastResult = _a4.lastResult, failures = _a4.failures;
                var result2 = wantResults ? results : lastResult;
                if (numFailures === 0)
                  return result2;
                throw new BulkError("".concat(_this.name, ".bulkAdd(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
              });
            });
          };
          Table2.prototype.bulkPut = function(objects, keysOrOptions, options) {
            var _this = this;
            var keys2 = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
            options = options || (keys2 ? void 0 : keysOrOptions);
            var wantResults = options ? options.allKeys : void 0;
            return this._trans("readwrite", function(trans) {
              var _a3 = _this.schema.primKey, auto = _a3.auto, keyPath = _a3.keyPath;
              if (keyPath && keys2)
                throw new exceptions.InvalidArgument("bulkPut(): keys argument invalid on tables with inbound keys");
              if (keys2 && keys2.length !== objects.length)
                throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
              var numObjects = objects.length;
              var objectsToPut = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
              return _this.core.mutate({
                trans,
                type: "put",
                keys: keys2,
                values: objectsToPut,
                wantResults
              }).then(function(_a4) {
                var numFailures = _a4.numFailures, results = _a4.results, lastResult = _a4.lastResult, failures = _a4.failures;
                var result2 = wantResults ? results : lastResult;
                if (numFailures === 0)
                  return result2;
                throw new BulkError("".concat(_this.name, ".bulkPut(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
              });
            });
          };
          Table2.prototype.bulkUpdate = function(keysAndChanges) {
            var _this = this;
            var keys2 = keysAndChanges.map(function(entry) {
              return entry.key;
            });
            var changeSpecs = keysAndChanges.map(function(entry) {
              return entry.changes;
            });
            var offsetMap = [];
            return this._trans("readwrite", function(trans) {
              var coreTable = _this.core;
              return coreTable.getMany({ trans, keys: keys2, cache: "clone" }).then(function(objs) {
                var _a3 = coreTable.schema.primaryKey, outbound = _a3.outbound, extractKey = _a3.extractKey;
                var resultKeys = [];
                var resultObjs = [];
                keysAndChanges.forEach(function(_a4, idx) {
                  var key = _a4.key, changes = _a4.changes;
                  var obj = objs[idx];
                  if (obj) {
                    for (var _i = 0, _b = Object.keys(changes); _i < _b.length; _i++) {
                      var keyPath = _b[_i];
                      setByKeyPath(obj, keyPath, changes[keyPath]);
                    }
                    if (!outbound && cmp2(extractKey(obj), key) !== 0) {
                      throw new exceptions.Constraint("Cannot update primary key in bulkUpdate()");
                    }
                    offsetMap.push(idx);
                    resultKeys.push(key);
                    resultObjs.push(obj);
                  }
                });
                var numEntries = resultKeys.length;
                return coreTable.mutate({
                  trans,
                  type: "put",
                  keys: resultKeys,
                  values: resultObjs,
                  updates: {
                    keys: keys2,
                    changeSpecs
                  }
                }).then(function(_a4) {
                  var numFailures = _a4.numFailures, failures = _a4.failures;
                  if (numFailures === 0)
                    return numEntries;
                  for (var _i = 0, _b = Object.keys(failures); _i < _b.length; _i++) {
                    var offset = _b[_i];
                    var mappedOffset = offsetMap[Number(offset)];
                    if (mappedOffset != null) {
                      var failure2 = failures[offset];
                      delete failures[offset];
                      failures[mappedOffset] = failure2;
                    }
                  }
                  throw new BulkError("".concat(_this.name, ".bulkUpdate(): ").concat(numFailures, " of ").concat(numEntries, " operations failed"), failures);
                });
              });
            });
          };
          Table2.prototype.bulkDelete = function(keys2) {
            var _this = this;
            var numKeys = keys2.length;
            return this._trans("readwrite", function(trans) {
              return _this.core.mutate({ trans, type: "delete", keys: keys2 }).then(function(res) {
                return builtInDeletionTrigger(_this, keys2, res);
              });
            }).then(function(_a3) {
              var numFailures = _a3.numFailures, lastResult = _a3.lastResult, failures = _a3.failures;
              if (numFailures === 0)
                return lastResult;
              throw new BulkError("".concat(_this.name, ".bulkDelete(): ").concat(numFailures, " of ").concat(numKeys, " operations failed"), failures);
            });
          };
          return Table2;
        })();
        function Events(ctx) {
          var evs = {};
          var rv = function(eventName, subscriber) {
            if (subscriber) {
              var i2 = arguments.length, args = new Array(i2 - 1);
              while (--i2)
                args[i2 - 1] = arguments[i2];
              evs[eventName].subscribe.apply(null, args);
              return ctx;
            } else if (typeof eventName === "string") {
              return evs[eventName];
            }
          };
          rv.addEventType = add3;
          for (var i = 1, l = arguments.length; i < l; ++i) {
            add3(arguments[i]);
          }
          return rv;
          function add3(eventName, chainFunction, defaultFunction) {
            if (typeof eventName === "object")
              return addConfiguredEvents(eventName);
            if (!chainFunction)
              chainFunction = reverseStoppableEventChain;
            if (!defaultFunction)
              defaultFunction = nop;
            var context = {
              subscribers: [],
              fire: defaultFunction,
              subscribe: function(cb) {
                if (context.subscribers.indexOf(cb) === -1) {
                  context.subscribers.push(cb);
                  context.fire = chainFunction(context.fire, cb);
                }
              },
              unsubscribe: function(cb) {
                context.subscribers = context.subscribers.filter(function(fn) {
                  return fn !== cb;
                });
                context.fire = context.subscribers.reduce(chainFunction, defaultFunction);
              }
            };
            evs[eventName] = rv[eventName] = context;
            return context;
          }
          function addConfiguredEvents(cfg) {
            keys(cfg).forEach(function(eventName) {
              var args = cfg[eventName];
              if (isArray(args)) {
                add3(eventName, cfg[eventName][0], cfg[eventName][1]);
              } else if (args === "asap") {
                var context = add3(eventName, mirror, function fire() {
                  var i2 = arguments.length, args2 = new Array(i2);
                  while (i2--)
                    args2[i2] = arguments[i2];
                  context.subscribers.forEach(function(fn) {
                    asap$1(function fireEvent() {
                      fn.apply(null, args2);
                    });
                  });
                });
              } else
                throw new exceptions.InvalidArgument("Invalid event config");
            });
          }
        }
        function makeClassConstructor(prototype, constructor) {
          derive(constructor).from({ prototype });
          return constructor;
        }
        function createTableConstructor(db2) {
          return makeClassConstructor(Table.prototype, function Table2(name, tableSchema, trans) {
            this.db = db2;
            this._tx = trans;
            this.name = name;
            this.schema = tableSchema;
            this.hook = db2._allTables[name] ? db2._allTables[name].hook : Events(null, {
              creating: [hookCreatingChain, nop],
              reading: [pureFunctionChain, mirror],
              updating: [hookUpdatingChain, nop],
              deleting: [hookDeletingChain, nop]
            });
          });
        }
        function isPlainKeyRange(ctx, ignoreLimitFilter) {
          return !(ctx.filter || ctx.algorithm || ctx.or) && (ignoreLimitFilter ? ctx.justLimit : !ctx.replayFilter);
        }
        function addFilter(ctx, fn) {
          ctx.filter = combine(ctx.filter, fn);
        }
        function addReplayFilter(ctx, factory, isLimitFilter) {
          var curr = ctx.replayFilter;
          ctx.replayFilter = curr ? function() {
            return combine(curr(), factory());
          } : factory;
          ctx.justLimit = isLimitFilter && !curr;
        }
        function addMatchFilter(ctx, fn) {
          ctx.isMatch = combine(ctx.isMatch, fn);
        }
        function getIndexOrStore(ctx, coreSchema) {
          if (ctx.isPrimKey)
            return coreSchema.primaryKey;
          var index = coreSchema.getIndexByKeyPath(ctx.index);
          if (!index)
            throw new exceptions.Schema("KeyPath " + ctx.index + " on object store " + coreSchema.name + " is not indexed");
          return index;
        }
        function openCursor(ctx, coreTable, trans) {
          var index = getIndexOrStore(ctx, coreTable.schema);
          return coreTable.openCursor({
            trans,
            values: !ctx.keysOnly,
            reverse: ctx.dir === "prev",
            unique: !!ctx.unique,
            query: {
              index,
              range: ctx.range
            }
          });
        }
        function iter(ctx, fn, coreTrans, coreTable) {
          var filter = ctx.replayFilter ? combine(ctx.filter, ctx.replayFilter()) : ctx.filter;
          if (!ctx.or) {
            return iterate(openCursor(ctx, coreTable, coreTrans), combine(ctx.algorithm, filter), fn, !ctx.keysOnly && ctx.valueMapper);
          } else {
            var set_1 = {};
            var union2 = function(item, cursor, advance) {
              if (!filter || filter(cursor, advance, function(result2) {
                return cursor.stop(result2);
              }, function(err) {
                return cursor.fail(err);
              })) {
                var primaryKey = cursor.primaryKey;
                var key = "" + primaryKey;
                if (key === "[object ArrayBuffer]")
                  key = "" + new Uint8Array(primaryKey);
                if (!hasOwn(set_1, key)) {
                  set_1[key] = true;
                  fn(item, cursor, advance);
                }
              }
            };
            return Promise.all([
              ctx.or._iterate(union2, coreTrans),
              iterate(openCursor(ctx, coreTable, coreTrans), ctx.algorithm, union2, !ctx.keysOnly && ctx.valueMapper)
            ]);
          }
        }
        function iterate(cursorPromise, filter, fn, valueMapper) {
          var mappedFn = valueMapper ? function(x, c, a) {
            return fn(valueMapper(x), c, a);
          } : fn;
          var wrappedFn = wrap(mappedFn);
          return cursorPromise.then(function(cursor) {
            if (cursor) {
              return cursor.start(function() {
                var c = function() {
                  return cursor.continue();
                };
                if (!filter || filter(cursor, function(advancer) {
                  return c = advancer;
                }, function(val) {
                  cursor.stop(val);
                  c = nop;
                }, function(e) {
                  cursor.fail(e);
                  c = nop;
                }))
                  wrappedFn(cursor.value, cursor, function(advancer) {
                    return c = advancer;
                  });
                c();
              });
            }
          });
        }
        var Collection = (function() {
          function Collection2() {
          }
          Collection2.prototype._read = function(fn, cb) {
            var ctx = this._ctx;
            return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readonly", fn).then(cb);
          };
          Collection2.prototype._write = function(fn) {
            var ctx = this._ctx;
            return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readwrite", fn, "locked");
          };
          Collection2.prototype._addAlgorithm = function(fn) {
            var ctx = this._ctx;
            ctx.algorithm = combine(ctx.algorithm, fn);
          };
          Collection2.prototype._iterate = function(fn, coreTrans) {
            return iter(this._ctx, fn, coreTrans, this._ctx.table.core);
          };
          Collection2.prototype.clone = function(props2) {
            var rv = Object.create(this.constructor.prototype), ctx = Object.create(this._ctx);
            if (props2)
              extend2(ctx, props2);
            rv._ctx = ctx;
            return rv;
          };
          Collection2.prototype.raw = function() {
            this._ctx.valueMapper = null;
            return this;
          };
          Collection2.prototype.each = function(fn) {
            var ctx = this._ctx;
            return this._read(function(trans) {
              return iter(ctx, fn, trans, ctx.table.core);
            });
          };
          Collection2.prototype.count = function(cb) {
            var _this = this;
            return this._read(function(trans) {
              var ctx = _this._ctx;
              var coreTable = ctx.table.core;
              if (isPlainKeyRange(ctx, true)) {
                return coreTable.count({
                  trans,
                  query: {
                    index: getIndexOrStore(ctx, coreTable.schema),
                    range: ctx.range
                  }
                }).then(function(count2) {
                  return Math.min(count2, ctx.limit);
                });
              } else {
                var count = 0;
                return iter(ctx, function() {
                  ++count;
                  return false;
                }, trans, coreTable).then(function() {
                  return count;
                });
              }
            }).then(cb);
          };
          Collection2.prototype.sortBy = function(keyPath, cb) {
            var parts = keyPath.split(".").reverse(), lastPart = parts[0], lastIndex = parts.length - 1;
            function getval(obj, i) {
              if (i)
                return getval(obj[parts[i]], i - 1);
              return obj[lastPart];
            }
            var order = this._ctx.dir === "next" ? 1 : -1;
            function sorter(a, b) {
              var aVal = getval(a, lastIndex), bVal = getval(b, lastIndex);
              return cmp2(aVal, bVal) * order;
            }
            return this.toArray(function(a) {
              return a.slice().sort(sorter);
            }).then(cb);
          };
          Collection2.prototype.toArray = function(cb) {
            var _this = this;
            return this._read(function(trans) {
              var ctx = _this._ctx;
              if (isPlainKeyRange(ctx, true) && ctx.limit > 0) {
                var valueMapper_1 = ctx.valueMapper;
                var index = getIndexOrStore(ctx, ctx.table.core.schema);
                return ctx.table.core.query({
                  trans,
                  limit: ctx.limit,
                  values: true,
                  direction: ctx.dir === "prev" ? "prev" : void 0,
                  query: {
                    index,
                    range: ctx.range
                  }
                }).then(function(_a3) {
                  var result2 = _a3.result;
                  return valueMapper_1 ? result2.map(valueMapper_1) : result2;
                });
              } else {
                var a_1 = [];
                return iter(ctx, function(item) {
                  return a_1.push(item);
                }, trans, ctx.table.core).then(function() {
                  return a_1;
                });
              }
            }, cb);
          };
          Collection2.prototype.offset = function(offset) {
            var ctx = this._ctx;
            if (offset <= 0)
              return this;
            ctx.offset += offset;
            if (isPlainKeyRange(ctx)) {
              addReplayFilter(ctx, function() {
                var offsetLeft = offset;
                return function(cursor, advance) {
                  if (offsetLeft === 0)
                    return true;
                  if (offsetLeft === 1) {
                    --offsetLeft;
                    return false;
                  }
                  advance(function() {
                    cursor.advance(offsetLeft);
                    offsetLeft = 0;
                  });
                  return false;
                };
              });
            } else {
              addReplayFilter(ctx, function() {
                var offsetLeft = offset;
                return function() {
                  return --offsetLeft < 0;
                };
              });
            }
            return this;
          };
          Collection2.prototype.limit = function(numRows) {
            this._ctx.limit = Math.min(this._ctx.limit, numRows);
            addReplayFilter(this._ctx, function() {
              var rowsLeft = numRows;
              return function(cursor, advance, resolve) {
                if (--rowsLeft <= 0)
                  advance(resolve);
                return rowsLeft >= 0;
              };
            }, true);
            return this;
          };
          Collection2.prototype.until = function(filterFunction, bIncludeStopEntry) {
            addFilter(this._ctx, function(cursor, advance, resolve) {
              if (filterFunction(cursor.value)) {
                advance(resolve);
                return bIncludeStopEntry;
              } else {
                return true;
              }
            });
            return this;
          };
          Collection2.prototype.first = function(cb) {
            return this.limit(1).toArray(function(a) {
              return a[0];
            }).then(cb);
          };
          Collection2.prototype.last = function(cb) {
            return this.reverse().first(cb);
          };
          Collection2.prototype.filter = function(filterFunction) {
            addFilter(this._ctx, function(cursor) {
              return filterFunction(cursor.value);
            });
            addMatchFilter(this._ctx, filterFunction);
            return this;
          };
          Collection2.prototype.and = function(filter) {
            return this.filter(filter);
          };
          Collection2.prototype.or = function(indexName) {
            return new this.db.WhereClause(this._ctx.table, indexName, this);
          };
          Collection2.prototype.reverse = function() {
            this._ctx.dir = this._ctx.dir === "prev" ? "next" : "prev";
            if (this._ondirectionchange)
              this._ondirectionchange(this._ctx.dir);
            return this;
          };
          Collection2.prototype.desc = function() {
            return this.reverse();
          };
          Collection2.prototype.eachKey = function(cb) {
            var ctx = this._ctx;
            ctx.keysOnly = !ctx.isMatch;
            return this.each(function(val, cursor) {
              cb(cursor.key, cursor);
            });
          };
          Collection2.prototype.eachUniqueKey = function(cb) {
            this._ctx.unique = "unique";
            return this.eachKey(cb);
          };
          Collection2.prototype.eachPrimaryKey = function(cb) {
            var ctx = this._ctx;
            ctx.keysOnly = !ctx.isMatch;
            return this.each(function(val, cursor) {
              cb(cursor.primaryKey, cursor);
            });
          };
          Collection2.prototype.keys = function(cb) {
            var ctx = this._ctx;
            ctx.keysOnly = !ctx.isMatch;
            var a = [];
            return this.each(function(item, cursor) {
              a.push(cursor.key);
            }).then(function() {
              return a;
            }).then(cb);
          };
          Collection2.prototype.primaryKeys = function(cb) {
            var ctx = this._ctx;
            if (isPlainKeyRange(ctx, true) && ctx.limit > 0) {
              return this._read(function(trans) {
                var index = getIndexOrStore(ctx, ctx.table.core.schema);
                return ctx.table.core.query({
                  trans,
                  values: false,
                  limit: ctx.limit,
                  direction: ctx.dir === "prev" ? "prev" : void 0,
                  query: {
                    index,
                    range: ctx.range
                  }
                });
              }).then(function(_a3) {
                var result2 = _a3.result;
                return result2;
              }).then(cb);
            }
            ctx.keysOnly = !ctx.isMatch;
            var a = [];
            return this.each(function(item, cursor) {
              a.push(cursor.primaryKey);
            }).then(function() {
              return a;
            }).then(cb);
          };
          Collection2.prototype.uniqueKeys = function(cb) {
            this._ctx.unique = "unique";
            return this.keys(cb);
          };
          Collection2.prototype.firstKey = function(cb) {
            return this.limit(1).keys(function(a) {
              return a[0];
            }).then(cb);
          };
          Collection2.prototype.lastKey = function(cb) {
            return this.reverse().firstKey(cb);
          };
          Collection2.prototype.distinct = function() {
            var ctx = this._ctx, idx = ctx.index && ctx.table.schema.idxByName[ctx.index];
            if (!idx || !idx.multi)
              return this;
            var set = {};
            addFilter(this._ctx, function(cursor) {
              var strKey = cursor.primaryKey.toString();
              var found = hasOwn(set, strKey);
              set[strKey] = true;
              return !found;
            });
            return this;
          };
          Collection2.prototype.modify = function(changes) {
            var _this = this;
            var ctx = this._ctx;
            return this._write(function(trans) {
              var modifyer;
              if (typeof changes === "function") {
                modifyer = changes;
              } else {
                modifyer = function(item) {
                  return applyUpdateSpec(item, changes);
                };
              }
              var coreTable = ctx.table.core;
              var _a3 = coreTable.schema.primaryKey, outbound = _a3.outbound, extractKey = _a3.extractKey;
              var limit = 200;
              var modifyChunkSize = _this.db._options.modifyChunkSize;
              if (modifyChunkSize) {
                if (typeof modifyChunkSize == "object") {
                  limit = modifyChunkSize[coreTable.name] || modifyChunkSize["*"] || 200;
                } else {
                  limit = modifyChunkSize;
                }
              }
              var totalFailures = [];
              var successCount = 0;
              var failedKeys = [];
              var applyMutateResult = function(expectedCount, res) {
                var failures = res.failures, numFailures = res.numFailures;
                successCount += expectedCount - numFailures;
                for (var _i = 0, _a4 = keys(failures); _i < _a4.length; _i++) {
                  var pos = _a4[_i];
                  totalFailures.push(failures[pos]);
                }
              };
              var isUnconditionalDelete = changes === deleteCallback;
              return _this.clone().primaryKeys().then(function(keys2) {
                var criteria = isPlainKeyRange(ctx) && ctx.limit === Infinity && (typeof changes !== "function" || isUnconditionalDelete) && {
                  index: ctx.index,
                  range: ctx.range
                };
                var nextChunk = function(offset) {
                  var count = Math.min(limit, keys2.length - offset);
                  var keysInChunk = keys2.slice(offset, offset + count);
                  return (isUnconditionalDelete ? Promise.resolve([]) : coreTable.getMany({
                    trans,
                    keys: keysInChunk,
                    cache: "immutable"
                  })).then(function(values) {
                    var addValues = [];
                    var putValues = [];
                    var putKeys = outbound ? [] : null;
                    var deleteKeys = isUnconditionalDelete ? keysInChunk : [];
                    if (!isUnconditionalDelete)
                      for (var i = 0; i < count; ++i) {
                        var origValue = values[i];
                        var ctx_1 = {
                          value: deepClone(origValue),
                          primKey: keys2[offset + i]
                        };
                        if (modifyer.call(ctx_1, ctx_1.value, ctx_1) !== false) {
                          if (ctx_1.value == null) {
                            deleteKeys.push(keys2[offset + i]);
                          } else if (!outbound && cmp2(extractKey(origValue), extractKey(ctx_1.value)) !== 0) {
                            deleteKeys.push(keys2[offset + i]);
                            addValues.push(ctx_1.value);
                          } else {
                            putValues.push(ctx_1.value);
                            if (outbound)
                              putKeys.push(keys2[offset + i]);
                          }
                        }
                      }
                    return Promise.resolve(addValues.length > 0 && coreTable.mutate({ trans, type: "add", values: addValues }).then(function(res) {
                      for (var pos in res.failures) {
                        deleteKeys.splice(parseInt(pos), 1);
                      }
                      applyMutateResult(addValues.length, res);
                    })).then(function() {
                      return (putValues.length > 0 || criteria && typeof changes === "object") && coreTable.mutate({
                        trans,
                        type: "put",
                        keys: putKeys,
                        values: putValues,
                        criteria,
                        changeSpec: typeof changes !== "function" && changes,
                        isAdditionalChunk: offset > 0
                      }).then(function(res) {
                        return applyMutateResult(putValues.length, res);
                      });
                    }).then(function() {
                      return (deleteKeys.length > 0 || criteria && isUnconditionalDelete) && coreTable.mutate({
                        trans,
                        type: "delete",
                        keys: deleteKeys,
                        criteria,
                        isAdditionalChunk: offset > 0
                      }).then(function(res) {
                        return builtInDeletionTrigger(ctx.table, deleteKeys, res);
                      }).then(function(res) {
                        return applyMutateResult(deleteKeys.length, res);
                      });
                    }).then(function() {
                      return keys2.length > offset + count && nextChunk(offset + limit);
                    });
                  });
                };
                return nextChunk(0).then(function() {
                  if (totalFailures.length > 0)
                    throw new ModifyError("Error modifying one or more objects", totalFailures, successCount, failedKeys);
                  return keys2.length;
                });
              });
            });
          };
          Collection2.prototype.delete = function() {
            var ctx = this._ctx, range = ctx.range;
            if (isPlainKeyRange(ctx) && !ctx.table.schema.yProps && (ctx.isPrimKey || range.type === 3)) {
              return this._write(function(trans) {
                var primaryKey = ctx.table.core.schema.primaryKey;
                var coreRange = range;
                return ctx.table.core.count({ trans, query: { index: primaryKey, range: coreRange } }).then(function(count) {
                  return ctx.table.core.mutate({ trans, type: "deleteRange", range: coreRange }).then(function(_a3) {
                    var failures = _a3.failures, numFailures = _a3.numFailures;
                    if (numFailures)
                      throw new ModifyError("Could not delete some values", Object.keys(failures).map(function(pos) {
                        return failures[pos];
                      }), count - numFailures);
                    return count - numFailures;
                  });
                });
              });
            }
            return this.modify(deleteCallback);
          };
          return Collection2;
        })();
        var deleteCallback = function(value, ctx) {
          return ctx.value = null;
        };
        function createCollectionConstructor(db2) {
          return makeClassConstructor(Collection.prototype, function Collection2(whereClause, keyRangeGenerator) {
            this.db = db2;
            var keyRange = AnyRange, error2 = null;
            if (keyRangeGenerator)
              try {
                keyRange = keyRangeGenerator();
              } catch (ex) {
                error2 = ex;
              }
            var whereCtx = whereClause._ctx;
            var table = whereCtx.table;
            var readingHook = table.hook.reading.fire;
            this._ctx = {
              table,
              index: whereCtx.index,
              isPrimKey: !whereCtx.index || table.schema.primKey.keyPath && whereCtx.index === table.schema.primKey.name,
              range: keyRange,
              keysOnly: false,
              dir: "next",
              unique: "",
              algorithm: null,
              filter: null,
              replayFilter: null,
              justLimit: true,
              isMatch: null,
              offset: 0,
              limit: Infinity,
              error: error2,
              or: whereCtx.or,
              valueMapper: readingHook !== mirror ? readingHook : null
            };
          });
        }
        function simpleCompare(a, b) {
          return a < b ? -1 : a === b ? 0 : 1;
        }
        function simpleCompareReverse(a, b) {
          return a > b ? -1 : a === b ? 0 : 1;
        }
        function fail2(collectionOrWhereClause, err, T) {
          var collection = collectionOrWhereClause instanceof WhereClause ? new collectionOrWhereClause.Collection(collectionOrWhereClause) : collectionOrWhereClause;
          collection._ctx.error = T ? new T(err) : new TypeError(err);
          return collection;
        }
        function emptyCollection(whereClause) {
          var collection = new whereClause.Collection(whereClause, function() {
            return rangeEqual("");
          });
          collection._addAlgorithm(function() {
            return false;
          });
          return collection;
        }
        function upperFactory(dir) {
          return dir === "next" ? function(s) {
            return s.toUpperCase();
          } : function(s) {
            return s.toLowerCase();
          };
        }
        function lowerFactory(dir) {
          return dir === "next" ? function(s) {
            return s.toLowerCase();
          } : function(s) {
            return s.toUpperCase();
          };
        }
        function nextCasing(key, lowerKey, upperNeedle, lowerNeedle, cmp3, dir) {
          var length = Math.min(key.length, lowerNeedle.length);
          var llp = -1;
          for (var i = 0; i < length; ++i) {
            var lwrKeyChar = lowerKey[i];
            if (lwrKeyChar !== lowerNeedle[i]) {
              if (cmp3(key[i], upperNeedle[i]) < 0)
                return key.substr(0, i) + upperNeedle[i] + upperNeedle.substr(i + 1);
              if (cmp3(key[i], lowerNeedle[i]) < 0)
                return key.substr(0, i) + lowerNeedle[i] + upperNeedle.substr(i + 1);
              if (llp >= 0)
                return key.substr(0, llp) + lowerKey[llp] + upperNeedle.substr(llp + 1);
              return null;
            }
            if (cmp3(key[i], lwrKeyChar) < 0)
              llp = i;
          }
          if (length < lowerNeedle.length && dir === "next")
            return key + upperNeedle.substr(key.length);
          if (length < key.length && dir === "prev")
            return key.substr(0, upperNeedle.length);
          return llp < 0 ? null : key.substr(0, llp) + lowerNeedle[llp] + upperNeedle.substr(llp + 1);
        }
        function addIgnoreCaseAlgorithm(whereClause, match, needles, suffix) {
          var upper, lower, compare, upperNeedles, lowerNeedles, direction, nextKeySuffix, needlesLen = needles.length;
          if (!needles.every(function(s) {
            return typeof s === "string";
          })) {
            return fail2(whereClause, STRING_EXPECTED);
          }
          function initDirection(dir) {
            upper = upperFactory(dir);
            lower = lowerFactory(dir);
            compare = dir === "next" ? simpleCompare : simpleCompareReverse;
            var needleBounds = needles.map(function(needle) {
              return { lower: lower(needle), upper: upper(needle) };
            }).sort(function(a, b) {
              return compare(a.lower, b.lower);
            });
            upperNeedles = needleBounds.map(function(nb) {
              return nb.upper;
            });
            lowerNeedles = needleBounds.map(function(nb) {
              return nb.lower;
            });
            direction = dir;
            nextKeySuffix = dir === "next" ? "" : suffix;
          }
          initDirection("next");
          var c = new whereClause.Collection(whereClause, function() {
            return createRange(upperNeedles[0], lowerNeedles[needlesLen - 1] + suffix);
          });
          c._ondirectionchange = function(direction2) {
            initDirection(direction2);
          };
          var firstPossibleNeedle = 0;
          c._addAlgorithm(function(cursor, advance, resolve) {
            var key = cursor.key;
            if (typeof key !== "string")
              return false;
            var lowerKey = lower(key);
            if (match(lowerKey, lowerNeedles, firstPossibleNeedle)) {
              return true;
            } else {
              var lowestPossibleCasing = null;
              for (var i = firstPossibleNeedle; i < needlesLen; ++i) {
                var casing = nextCasing(key, lowerKey, upperNeedles[i], lowerNeedles[i], compare, direction);
                if (casing === null && lowestPossibleCasing === null)
                  firstPossibleNeedle = i + 1;
                else if (lowestPossibleCasing === null || compare(lowestPossibleCasing, casing) > 0) {
                  lowestPossibleCasing = casing;
                }
              }
              if (lowestPossibleCasing !== null) {
                advance(function() {
                  cursor.continue(lowestPossibleCasing + nextKeySuffix);
                });
              } else {
                advance(resolve);
              }
              return false;
            }
          });
          return c;
        }
        function createRange(lower, upper, lowerOpen, upperOpen) {
          return {
            type: 2,
            lower,
            upper,
            lowerOpen,
            upperOpen
          };
        }
        function rangeEqual(value) {
          return {
            type: 1,
            lower: value,
            upper: value
          };
        }
        var WhereClause = (function() {
          function WhereClause2() {
          }
          Object.defineProperty(WhereClause2.prototype, "Collection", {
            get: function() {
              return this._ctx.table.db.Collection;
            },
            enumerable: false,
            configurable: true
          });
          WhereClause2.prototype.between = function(lower, upper, includeLower, includeUpper) {
            includeLower = includeLower !== false;
            includeUpper = includeUpper === true;
            try {
              if (this._cmp(lower, upper) > 0 || this._cmp(lower, upper) === 0 && (includeLower || includeUpper) && !(includeLower && includeUpper))
                return emptyCollection(this);
              return new this.Collection(this, function() {
                return createRange(lower, upper, !includeLower, !includeUpper);
              });
            } catch (e) {
              return fail2(this, INVALID_KEY_ARGUMENT);
            }
          };
          WhereClause2.prototype.equals = function(value) {
            if (value == null)
              return fail2(this, INVALID_KEY_ARGUMENT);
            return new this.Collection(this, function() {
              return rangeEqual(value);
            });
          };
          WhereClause2.prototype.above = function(value) {
            if (value == null)
              return fail2(this, INVALID_KEY_ARGUMENT);
            return new this.Collection(this, function() {
              return createRange(value, void 0, true);
            });
          };
          WhereClause2.prototype.aboveOrEqual = function(value) {
            if (value == null)
              return fail2(this, INVALID_KEY_ARGUMENT);
            return new this.Collection(this, function() {
              return createRange(value, void 0, false);
            });
          };
          WhereClause2.prototype.below = function(value) {
            if (value == null)
              return fail2(this, INVALID_KEY_ARGUMENT);
            return new this.Collection(this, function() {
              return createRange(void 0, value, false, true);
            });
          };
          WhereClause2.prototype.belowOrEqual = function(value) {
            if (value == null)
              return fail2(this, INVALID_KEY_ARGUMENT);
            return new this.Collection(this, function() {
              return createRange(void 0, value);
            });
          };
          WhereClause2.prototype.startsWith = function(str) {
            if (typeof str !== "string")
              return fail2(this, STRING_EXPECTED);
            return this.between(str, str + maxString, true, true);
          };
          WhereClause2.prototype.startsWithIgnoreCase = function(str) {
            if (str === "")
              return this.startsWith(str);
            return addIgnoreCaseAlgorithm(this, function(x, a) {
              return x.indexOf(a[0]) === 0;
            }, [str], maxString);
          };
          WhereClause2.prototype.equalsIgnoreCase = function(str) {
            return addIgnoreCaseAlgorithm(this, function(x, a) {
              return x === a[0];
            }, [str], "");
          };
          WhereClause2.prototype.anyOfIgnoreCase = function() {
            var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
            if (set.length === 0)
              return emptyCollection(this);
            return addIgnoreCaseAlgorithm(this, function(x, a) {
              return a.indexOf(x) !== -1;
            }, set, "");
          };
          WhereClause2.prototype.startsWithAnyOfIgnoreCase = function() {
            var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
            if (set.length === 0)
              return emptyCollection(this);
            return addIgnoreCaseAlgorithm(this, function(x, a) {
              return a.some(function(n2) {
                return x.indexOf(n2) === 0;
              });
            }, set, maxString);
          };
          WhereClause2.prototype.anyOf = function() {
            var _this = this;
            var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
            var compare = this._cmp;
            try {
              set.sort(compare);
            } catch (e) {
              return fail2(this, INVALID_KEY_ARGUMENT);
            }
            if (set.length === 0)
              return emptyCollection(this);
            var c = new this.Collection(this, function() {
              return createRange(set[0], set[set.length - 1]);
            });
            c._ondirectionchange = function(direction) {
              compare = direction === "next" ? _this._ascending : _this._descending;
              set.sort(compare);
            };
            var i = 0;
            c._addAlgorithm(function(cursor, advance, resolve) {
              var key = cursor.key;
              while (compare(key, set[i]) > 0) {
                ++i;
                if (i === set.length) {
                  advance(resolve);
                  return false;
                }
              }
              if (compare(key, set[i]) === 0) {
                return true;
              } else {
                advance(function() {
                  cursor.continue(set[i]);
                });
                return false;
              }
            });
            return c;
          };
          WhereClause2.prototype.notEqual = function(value) {
            return this.inAnyRange([
              [minKey, value],
              [value, this.db._maxKey]
            ], { includeLowers: false, includeUppers: false });
          };
          WhereClause2.prototype.noneOf = function() {
            var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
            if (set.length === 0)
              return new this.Collection(this);
            try {
              set.sort(this._ascending);
            } catch (e) {
              return fail2(this, INVALID_KEY_ARGUMENT);
            }
            var ranges = set.reduce(function(res, val) {
              return res ? res.concat([[res[res.length - 1][1], val]]) : [[minKey, val]];
            }, null);
            ranges.push([set[set.length - 1], this.db._maxKey]);
            return this.inAnyRange(ranges, {
              includeLowers: false,
              includeUppers: false
            });
          };
          WhereClause2.prototype.inAnyRange = function(ranges, options) {
            var _this = this;
            var cmp3 = this._cmp, ascending = this._ascending, descending = this._descending, min = this._min, max = this._max;
            if (ranges.length === 0)
              return emptyCollection(this);
            if (!ranges.every(function(range) {
              return range[0] !== void 0 && range[1] !== void 0 && ascending(range[0], range[1]) <= 0;
            })) {
              return fail2(this, "First argument to inAnyRange() must be an Array of two-value Arrays [lower,upper] where upper must not be lower than lower", exceptions.InvalidArgument);
            }
            var includeLowers = !options || options.includeLowers !== false;
            var includeUppers = options && options.includeUppers === true;
            function addRange2(ranges2, newRange) {
              var i = 0, l = ranges2.length;
              for (; i < l; ++i) {
                var range = ranges2[i];
                if (cmp3(newRange[0], range[1]) < 0 && cmp3(newRange[1], range[0]) > 0) {
                  range[0] = min(range[0], newRange[0]);
                  range[1] = max(range[1], newRange[1]);
                  break;
                }
              }
              if (i === l)
                ranges2.push(newRange);
              return ranges2;
            }
            var sortDirection = ascending;
            function rangeSorter(a, b) {
              return sortDirection(a[0], b[0]);
            }
            var set;
            try {
              set = ranges.reduce(addRange2, []);
              set.sort(rangeSorter);
            } catch (ex) {
              return fail2(this, INVALID_KEY_ARGUMENT);
            }
            var rangePos = 0;
            var keyIsBeyondCurrentEntry = includeUppers ? function(key) {
              return ascending(key, set[rangePos][1]) > 0;
            } : function(key) {
              return ascending(key, set[rangePos][1]) >= 0;
            };
            var keyIsBeforeCurrentEntry = includeLowers ? function(key) {
              return descending(key, set[rangePos][0]) > 0;
            } : function(key) {
              return descending(key, set[rangePos][0]) >= 0;
            };
            function keyWithinCurrentRange(key) {
              return !keyIsBeyondCurrentEntry(key) && !keyIsBeforeCurrentEntry(key);
            }
            var checkKey = keyIsBeyondCurrentEntry;
            var c = new this.Collection(this, function() {
              return createRange(set[0][0], set[set.length - 1][1], !includeLowers, !includeUppers);
            });
            c._ondirectionchange = function(direction) {
              if (direction === "next") {
                checkKey = keyIsBeyondCurrentEntry;
                sortDirection = ascending;
              } else {
                checkKey = keyIsBeforeCurrentEntry;
                sortDirection = descending;
              }
              set.sort(rangeSorter);
            };
            c._addAlgorithm(function(cursor, advance, resolve) {
              var key = cursor.key;
              while (checkKey(key)) {
                ++rangePos;
                if (rangePos === set.length) {
                  advance(resolve);
                  return false;
                }
              }
              if (keyWithinCurrentRange(key)) {
                return true;
              } else if (_this._cmp(key, set[rangePos][1]) === 0 || _this._cmp(key, set[rangePos][0]) === 0) {
                return false;
              } else {
                advance(function() {
                  if (sortDirection === ascending)
                    cursor.continue(set[rangePos][0]);
                  else
                    cursor.continue(set[rangePos][1]);
                });
                return false;
              }
            });
            return c;
          };
          WhereClause2.prototype.startsWithAnyOf = function() {
            var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
            if (!set.every(function(s) {
              return typeof s === "string";
            })) {
              return fail2(this, "startsWithAnyOf() only works with strings");
            }
            if (set.length === 0)
              return emptyCollection(this);
            return this.inAnyRange(set.map(function(str) {
              return [str, str + maxString];
            }));
          };
          return WhereClause2;
        })();
        function createWhereClauseConstructor(db2) {
          return makeClassConstructor(WhereClause.prototype, function WhereClause2(table, index, orCollection) {
            this.db = db2;
            this._ctx = {
              table,
              index: index === ":id" ? null : index,
              or: orCollection
            };
            this._cmp = this._ascending = cmp2;
            this._descending = function(a, b) {
              return cmp2(b, a);
            };
            this._max = function(a, b) {
              return cmp2(a, b) > 0 ? a : b;
            };
            this._min = function(a, b) {
              return cmp2(a, b) < 0 ? a : b;
            };
            this._IDBKeyRange = db2._deps.IDBKeyRange;
            if (!this._IDBKeyRange)
              throw new exceptions.MissingAPI();
          });
        }
        function eventRejectHandler(reject) {
          return wrap(function(event) {
            preventDefault(event);
            reject(event.target.error);
            return false;
          });
        }
        function preventDefault(event) {
          if (event.stopPropagation)
            event.stopPropagation();
          if (event.preventDefault)
            event.preventDefault();
        }
        var DEXIE_STORAGE_MUTATED_EVENT_NAME = "storagemutated";
        var STORAGE_MUTATED_DOM_EVENT_NAME = "x-storagemutated-1";
        var globalEvents = Events(null, DEXIE_STORAGE_MUTATED_EVENT_NAME);
        var Transaction = (function() {
          function Transaction2() {
          }
          Transaction2.prototype._lock = function() {
            assert(!PSD.global);
            ++this._reculock;
            if (this._reculock === 1 && !PSD.global)
              PSD.lockOwnerFor = this;
            return this;
          };
          Transaction2.prototype._unlock = function() {
            assert(!PSD.global);
            if (--this._reculock === 0) {
              if (!PSD.global)
                PSD.lockOwnerFor = null;
              while (this._blockedFuncs.length > 0 && !this._locked()) {
                var fnAndPSD = this._blockedFuncs.shift();
                try {
                  usePSD(fnAndPSD[1], fnAndPSD[0]);
                } catch (e) {
                }
              }
            }
            return this;
          };
          Transaction2.prototype._locked = function() {
            return this._reculock && PSD.lockOwnerFor !== this;
          };
          Transaction2.prototype.create = function(idbtrans) {
            var _this = this;
            if (!this.mode)
              return this;
            var idbdb = this.db.idbdb;
            var dbOpenError = this.db._state.dbOpenError;
            assert(!this.idbtrans);
            if (!idbtrans && !idbdb) {
              switch (dbOpenError && dbOpenError.name) {
                case "DatabaseClosedError":
                  throw new exceptions.DatabaseClosed(dbOpenError);
                case "MissingAPIError":
                  throw new exceptions.MissingAPI(dbOpenError.message, dbOpenError);
                default:
                  throw new exceptions.OpenFailed(dbOpenError);
              }
            }
            if (!this.active)
              throw new exceptions.TransactionInactive();
            assert(this._completion._state === null);
            idbtrans = this.idbtrans = idbtrans || (this.db.core ? this.db.core.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }) : idbdb.transaction(this.storeNames, this.mode, {
              durability: this.chromeTransactionDurability
            }));
            idbtrans.onerror = wrap(function(ev) {
              preventDefault(ev);
              _this._reject(idbtrans.error);
            });
            idbtrans.onabort = wrap(function(ev) {
              preventDefault(ev);
              _this.active && _this._reject(new exceptions.Abort(idbtrans.error));
              _this.active = false;
              _this.on("abort").fire(ev);
            });
            idbtrans.oncomplete = wrap(function() {
              _this.active = false;
              _this._resolve();
              if ("mutatedParts" in idbtrans) {
                globalEvents.storagemutated.fire(idbtrans["mutatedParts"]);
              }
            });
            return this;
          };
          Transaction2.prototype._promise = function(mode, fn, bWriteLock) {
            var _this = this;
            if (mode === "readwrite" && this.mode !== "readwrite")
              return rejection(new exceptions.ReadOnly("Transaction is readonly"));
            if (!this.active)
              return rejection(new exceptions.TransactionInactive());
            if (this._locked()) {
              return new DexiePromise(function(resolve, reject) {
                _this._blockedFuncs.push([
                  function() {
                    _this._promise(mode, fn, bWriteLock).then(resolve, reject);
                  },
                  PSD
                ]);
              });
            } else if (bWriteLock) {
              return newScope(function() {
                var p2 = new DexiePromise(function(resolve, reject) {
                  _this._lock();
                  var rv = fn(resolve, reject, _this);
                  if (rv && rv.then)
                    rv.then(resolve, reject);
                });
                p2.finally(function() {
                  return _this._unlock();
                });
                p2._lib = true;
                return p2;
              });
            } else {
              var p = new DexiePromise(function(resolve, reject) {
                var rv = fn(resolve, reject, _this);
                if (rv && rv.then)
                  rv.then(resolve, reject);
              });
              p._lib = true;
              return p;
            }
          };
          Transaction2.prototype._root = function() {
            return this.parent ? this.parent._root() : this;
          };
          Transaction2.prototype.waitFor = function(promiseLike) {
            var root = this._root();
            var promise = DexiePromise.resolve(promiseLike);
            if (root._waitingFor) {
              root._waitingFor = root._waitingFor.then(function() {
                return promise;
              });
            } else {
              root._waitingFor = promise;
              root._waitingQueue = [];
              var store = root.idbtrans.objectStore(root.storeNames[0]);
              (function spin() {
                ++root._spinCount;
                while (root._waitingQueue.length)
                  root._waitingQueue.shift()();
                if (root._waitingFor)
                  store.get(-Infinity).onsuccess = spin;
              })();
            }
            var currentWaitPromise = root._waitingFor;
            return new DexiePromise(function(resolve, reject) {
              promise.then(function(res) {
                return root._waitingQueue.push(wrap(resolve.bind(null, res)));
              }, function(err) {
                return root._waitingQueue.push(wrap(reject.bind(null, err)));
              }).finally(function() {
                if (root._waitingFor === currentWaitPromise) {
                  root._waitingFor = null;
                }
              });
            });
          };
          Transaction2.prototype.abort = function() {
            if (this.active) {
              this.active = false;
              if (this.idbtrans)
                this.idbtrans.abort();
              this._reject(new exceptions.Abort());
            }
          };
          Transaction2.prototype.table = function(tableName) {
            var memoizedTables = this._memoizedTables || (this._memoizedTables = {});
            if (hasOwn(memoizedTables, tableName))
              return memoizedTables[tableName];
            var tableSchema = this.schema[tableName];
            if (!tableSchema) {
              throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
            }
            var transactionBoundTable = new this.db.Table(tableName, tableSchema, this);
            transactionBoundTable.core = this.db.core.table(tableName);
            memoizedTables[tableName] = transactionBoundTable;
            return transactionBoundTable;
          };
          return Transaction2;
        })();
        function createTransactionConstructor(db2) {
          return makeClassConstructor(Transaction.prototype, function Transaction2(mode, storeNames, dbschema, chromeTransactionDurability, parent) {
            var _this = this;
            if (mode !== "readonly")
              storeNames.forEach(function(storeName) {
                var _a3;
                var yProps = (_a3 = dbschema[storeName]) === null || _a3 === void 0 ? void 0 : _a3.yProps;
                if (yProps)
                  storeNames = storeNames.concat(yProps.map(function(p) {
                    return p.updatesTable;
                  }));
              });
            this.db = db2;
            this.mode = mode;
            this.storeNames = storeNames;
            this.schema = dbschema;
            this.chromeTransactionDurability = chromeTransactionDurability;
            this.idbtrans = null;
            this.on = Events(this, "complete", "error", "abort");
            this.parent = parent || null;
            this.active = true;
            this._reculock = 0;
            this._blockedFuncs = [];
            this._resolve = null;
            this._reject = null;
            this._waitingFor = null;
            this._waitingQueue = null;
            this._spinCount = 0;
            this._completion = new DexiePromise(function(resolve, reject) {
              _this._resolve = resolve;
              _this._reject = reject;
            });
            this._completion.then(function() {
              _this.active = false;
              _this.on.complete.fire();
            }, function(e) {
              var wasActive = _this.active;
              _this.active = false;
              _this.on.error.fire(e);
              _this.parent ? _this.parent._reject(e) : wasActive && _this.idbtrans && _this.idbtrans.abort();
              return rejection(e);
            });
          });
        }
        function createIndexSpec(name, keyPath, unique, multi, auto, compound, isPrimKey, type2) {
          return {
            name,
            keyPath,
            unique,
            multi,
            auto,
            compound,
            src: (unique && !isPrimKey ? "&" : "") + (multi ? "*" : "") + (auto ? "++" : "") + nameFromKeyPath(keyPath),
            type: type2
          };
        }
        function nameFromKeyPath(keyPath) {
          return typeof keyPath === "string" ? keyPath : keyPath ? "[" + [].join.call(keyPath, "+") + "]" : "";
        }
        function createTableSchema(name, primKey, indexes) {
          return {
            name,
            primKey,
            indexes,
            mappedClass: null,
            idxByName: arrayToObject(indexes, function(index) {
              return [index.name, index];
            })
          };
        }
        function safariMultiStoreFix(storeNames) {
          return storeNames.length === 1 ? storeNames[0] : storeNames;
        }
        var getMaxKey = function(IdbKeyRange) {
          try {
            IdbKeyRange.only([[]]);
            getMaxKey = function() {
              return [[]];
            };
            return [[]];
          } catch (e) {
            getMaxKey = function() {
              return maxString;
            };
            return maxString;
          }
        };
        function getKeyExtractor(keyPath) {
          if (keyPath == null) {
            return function() {
              return void 0;
            };
          } else if (typeof keyPath === "string") {
            return getSinglePathKeyExtractor(keyPath);
          } else {
            return function(obj) {
              return getByKeyPath(obj, keyPath);
            };
          }
        }
        function getSinglePathKeyExtractor(keyPath) {
          var split = keyPath.split(".");
          if (split.length === 1) {
            return function(obj) {
              return obj[keyPath];
            };
          } else {
            return function(obj) {
              return getByKeyPath(obj, keyPath);
            };
          }
        }
        function arrayify(arrayLike) {
          return [].slice.call(arrayLike);
        }
        var _id_counter = 0;
        function getKeyPathAlias(keyPath) {
          return keyPath == null ? ":id" : typeof keyPath === "string" ? keyPath : "[".concat(keyPath.join("+"), "]");
        }
        function createDBCore(db2, IdbKeyRange, tmpTrans) {
          function extractSchema(db3, trans) {
            var tables2 = arrayify(db3.objectStoreNames);
            var tempStore = tables2.length > 0 ? trans.objectStore(tables2[0]) : {};
            return {
              schema: {
                name: db3.name,
                tables: tables2.map(function(table) {
                  return trans.objectStore(table);
                }).map(function(store) {
                  var keyPath = store.keyPath, autoIncrement = store.autoIncrement;
                  var compound = isArray(keyPath);
                  var outbound = keyPath == null;
                  var indexByKeyPath = {};
                  var result2 = {
                    name: store.name,
                    primaryKey: {
                      name: null,
                      isPrimaryKey: true,
                      outbound,
                      compound,
                      keyPath,
                      autoIncrement,
                      unique: true,
                      extractKey: getKeyExtractor(keyPath)
                    },
                    indexes: arrayify(store.indexNames).map(function(indexName) {
                      return store.index(indexName);
                    }).map(function(index) {
                      var name = index.name, unique = index.unique, multiEntry = index.multiEntry, keyPath2 = index.keyPath;
                      var compound2 = isArray(keyPath2);
                      var result3 = {
                        name,
                        compound: compound2,
                        keyPath: keyPath2,
                        unique,
                        multiEntry,
                        extractKey: getKeyExtractor(keyPath2)
                      };
                      indexByKeyPath[getKeyPathAlias(keyPath2)] = result3;
                      return result3;
                    }),
                    getIndexByKeyPath: function(keyPath2) {
                      return indexByKeyPath[getKeyPathAlias(keyPath2)];
                    }
                  };
                  indexByKeyPath[":id"] = result2.primaryKey;
                  if (keyPath != null) {
                    indexByKeyPath[getKeyPathAlias(keyPath)] = result2.primaryKey;
                  }
                  return result2;
                })
              },
              hasGetAll: tables2.length > 0 && "getAll" in tempStore && !(typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604),
              hasIdb3Features: "getAllRecords" in tempStore
            };
          }
          function makeIDBKeyRange(range) {
            if (range.type === 3)
              return null;
            if (range.type === 4)
              throw new Error("Cannot convert never type to IDBKeyRange");
            var lower = range.lower, upper = range.upper, lowerOpen = range.lowerOpen, upperOpen = range.upperOpen;
            var idbRange = lower === void 0 ? upper === void 0 ? null : IdbKeyRange.upperBound(upper, !!upperOpen) : upper === void 0 ? IdbKeyRange.lowerBound(lower, !!lowerOpen) : IdbKeyRange.bound(lower, upper, !!lowerOpen, !!upperOpen);
            return idbRange;
          }
          function createDbCoreTable(tableSchema) {
            var tableName = tableSchema.name;
            function mutate(_a4) {
              var trans = _a4.trans, type2 = _a4.type, keys2 = _a4.keys, values = _a4.values, range = _a4.range;
              return new Promise(function(resolve, reject) {
                resolve = wrap(resolve);
                var store = trans.objectStore(tableName);
                var outbound = store.keyPath == null;
                var isAddOrPut = type2 === "put" || type2 === "add";
                if (!isAddOrPut && type2 !== "delete" && type2 !== "deleteRange")
                  throw new Error("Invalid operation type: " + type2);
                var length = (keys2 || values || { length: 1 }).length;
                if (keys2 && values && keys2.length !== values.length) {
                  throw new Error("Given keys array must have same length as given values array.");
                }
                if (length === 0)
                  return resolve({
                    numFailures: 0,
                    failures: {},
                    results: [],
                    lastResult: void 0
                  });
                var req;
                var reqs = [];
                var failures = [];
                var numFailures = 0;
                var errorHandler = function(event) {
                  ++numFailures;
                  preventDefault(event);
                };
                if (type2 === "deleteRange") {
                  if (range.type === 4)
                    return resolve({
                      numFailures,
                      failures,
                      results: [],
                      lastResult: void 0
                    });
                  if (range.type === 3)
                    reqs.push(req = store.clear());
                  else
                    reqs.push(req = store.delete(makeIDBKeyRange(range)));
                } else {
                  var _a5 = isAddOrPut ? outbound ? [values, keys2] : [values, null] : [keys2, null], args1 = _a5[0], args2 = _a5[1];
                  if (isAddOrPut) {
                    for (var i = 0; i < length; ++i) {
                      reqs.push(req = args2 && args2[i] !== void 0 ? store[type2](args1[i], args2[i]) : store[type2](args1[i]));
                      req.onerror = errorHandler;
                    }
                  } else {
                    for (var i = 0; i < length; ++i) {
                      reqs.push(req = store[type2](args1[i]));
                      req.onerror = errorHandler;
                    }
                  }
                }
                var done = function(event) {
                  var lastResult = event.target.result;
                  reqs.forEach(function(req2, i2) {
                    return req2.error != null && (failures[i2] = req2.error);
                  });
                  resolve({
                    numFailures,
                    failures,
                    results: type2 === "delete" ? keys2 : reqs.map(function(req2) {
                      return req2.result;
                    }),
                    lastResult
                  });
                };
                req.onerror = function(event) {
                  errorHandler(event);
                  done(event);
                };
                req.onsuccess = done;
              });
            }
            function openCursor2(_a4) {
              var trans = _a4.trans, values = _a4.values, query2 = _a4.query, reverse = _a4.reverse, unique = _a4.unique;
              return new Promise(function(resolve, reject) {
                resolve = wrap(resolve);
                var index = query2.index, range = query2.range;
                var store = trans.objectStore(tableName);
                var source = index.isPrimaryKey ? store : store.index(index.name);
                var direction = reverse ? unique ? "prevunique" : "prev" : unique ? "nextunique" : "next";
                var req = values || !("openKeyCursor" in source) ? source.openCursor(makeIDBKeyRange(range), direction) : source.openKeyCursor(makeIDBKeyRange(range), direction);
                req.onerror = eventRejectHandler(reject);
                req.onsuccess = wrap(function(ev) {
                  var cursor = req.result;
                  if (!cursor) {
                    resolve(null);
                    return;
                  }
                  cursor.___id = ++_id_counter;
                  cursor.done = false;
                  var _cursorContinue = cursor.continue.bind(cursor);
                  var _cursorContinuePrimaryKey = cursor.continuePrimaryKey;
                  if (_cursorContinuePrimaryKey)
                    _cursorContinuePrimaryKey = _cursorContinuePrimaryKey.bind(cursor);
                  var _cursorAdvance = cursor.advance.bind(cursor);
                  var doThrowCursorIsNotStarted = function() {
                    throw new Error("Cursor not started");
                  };
                  var doThrowCursorIsStopped = function() {
                    throw new Error("Cursor not stopped");
                  };
                  cursor.trans = trans;
                  cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsNotStarted;
                  cursor.fail = wrap(reject);
                  cursor.next = function() {
                    var _this = this;
                    var gotOne = 1;
                    return this.start(function() {
                      return gotOne-- ? _this.continue() : _this.stop();
                    }).then(function() {
                      return _this;
                    });
                  };
                  cursor.start = function(callback) {
                    var iterationPromise = new Promise(function(resolveIteration, rejectIteration) {
                      resolveIteration = wrap(resolveIteration);
                      req.onerror = eventRejectHandler(rejectIteration);
                      cursor.fail = rejectIteration;
                      cursor.stop = function(value) {
                        cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsStopped;
                        resolveIteration(value);
                      };
                    });
                    var guardedCallback = function() {
                      if (req.result) {
                        try {
                          callback();
                        } catch (err) {
                          cursor.fail(err);
                        }
                      } else {
                        cursor.done = true;
                        cursor.start = function() {
                          throw new Error("Cursor behind last entry");
                        };
                        cursor.stop();
                      }
                    };
                    req.onsuccess = wrap(function(ev2) {
                      req.onsuccess = guardedCallback;
                      guardedCallback();
                    });
                    cursor.continue = _cursorContinue;
                    cursor.continuePrimaryKey = _cursorContinuePrimaryKey;
                    cursor.advance = _cursorAdvance;
                    guardedCallback();
                    return iterationPromise;
                  };
                  resolve(cursor);
                }, reject);
              });
            }
            function query(hasGetAll2, hasIdb3Features2) {
              return function(request) {
                return new Promise(function(resolve, reject) {
                  var _a4;
                  resolve = wrap(resolve);
                  var trans = request.trans, values = request.values, limit = request.limit, query2 = request.query;
                  var direction = (_a4 = request.direction) !== null && _a4 !== void 0 ? _a4 : "next";
                  var nonInfinitLimit = limit === Infinity ? void 0 : limit;
                  var index = query2.index, range = query2.range;
                  var store = trans.objectStore(tableName);
                  var source = index.isPrimaryKey ? store : store.index(index.name);
                  var idbKeyRange = makeIDBKeyRange(range);
                  if (limit === 0)
                    return resolve({ result: [] });
                  if (hasIdb3Features2) {
                    var options = {
                      query: idbKeyRange,
                      count: nonInfinitLimit,
                      direction
                    };
                    var req = values ? source.getAll(options) : source.getAllKeys(options);
                    req.onsuccess = function(event) {
                      return resolve({ result: event.target.result });
                    };
                    req.onerror = eventRejectHandler(reject);
                  } else if (hasGetAll2 && direction === "next") {
                    var req = values ? source.getAll(idbKeyRange, nonInfinitLimit) : source.getAllKeys(idbKeyRange, nonInfinitLimit);
                    req.onsuccess = function(event) {
                      return resolve({ result: event.target.result });
                    };
                    req.onerror = eventRejectHandler(reject);
                  } else {
                    var count_1 = 0;
                    var req_1 = values || !("openKeyCursor" in source) ? source.openCursor(idbKeyRange, direction) : source.openKeyCursor(idbKeyRange, direction);
                    var result_1 = [];
                    req_1.onsuccess = function() {
                      var cursor = req_1.result;
                      if (!cursor)
                        return resolve({ result: result_1 });
                      result_1.push(values ? cursor.value : cursor.primaryKey);
                      if (++count_1 === limit)
                        return resolve({ result: result_1 });
                      cursor.continue();
                    };
                    req_1.onerror = eventRejectHandler(reject);
                  }
                });
              };
            }
            return {
              name: tableName,
              schema: tableSchema,
              mutate,
              getMany: function(_a4) {
                var trans = _a4.trans, keys2 = _a4.keys;
                return new Promise(function(resolve, reject) {
                  resolve = wrap(resolve);
                  var store = trans.objectStore(tableName);
                  var length = keys2.length;
                  var result2 = new Array(length);
                  var keyCount = 0;
                  var callbackCount = 0;
                  var req;
                  var successHandler = function(event) {
                    var req2 = event.target;
                    if ((result2[req2._pos] = req2.result) != null)
                      ;
                    if (++callbackCount === keyCount)
                      resolve(result2);
                  };
                  var errorHandler = eventRejectHandler(reject);
                  for (var i = 0; i < length; ++i) {
                    var key = keys2[i];
                    if (key != null) {
                      req = store.get(keys2[i]);
                      req._pos = i;
                      req.onsuccess = successHandler;
                      req.onerror = errorHandler;
                      ++keyCount;
                    }
                  }
                  if (keyCount === 0)
                    resolve(result2);
                });
              },
              get: function(_a4) {
                var trans = _a4.trans, key = _a4.key;
                return new Promise(function(resolve, reject) {
                  resolve = wrap(resolve);
                  var store = trans.objectStore(tableName);
                  var req = store.get(key);
                  req.onsuccess = function(event) {
                    return resolve(event.target.result);
                  };
                  req.onerror = eventRejectHandler(reject);
                });
              },
              query: query(hasGetAll, hasIdb3Features),
              openCursor: openCursor2,
              count: function(_a4) {
                var query2 = _a4.query, trans = _a4.trans;
                var index = query2.index, range = query2.range;
                return new Promise(function(resolve, reject) {
                  var store = trans.objectStore(tableName);
                  var source = index.isPrimaryKey ? store : store.index(index.name);
                  var idbKeyRange = makeIDBKeyRange(range);
                  var req = idbKeyRange ? source.count(idbKeyRange) : source.count();
                  req.onsuccess = wrap(function(ev) {
                    return resolve(ev.target.result);
                  });
                  req.onerror = eventRejectHandler(reject);
                });
              }
            };
          }
          var _a3 = extractSchema(db2, tmpTrans), schema = _a3.schema, hasGetAll = _a3.hasGetAll, hasIdb3Features = _a3.hasIdb3Features;
          var tables = schema.tables.map(function(tableSchema) {
            return createDbCoreTable(tableSchema);
          });
          var tableMap = {};
          tables.forEach(function(table) {
            return tableMap[table.name] = table;
          });
          return {
            stack: "dbcore",
            transaction: db2.transaction.bind(db2),
            table: function(name) {
              var result2 = tableMap[name];
              if (!result2)
                throw new Error("Table '".concat(name, "' not found"));
              return tableMap[name];
            },
            MIN_KEY: -Infinity,
            MAX_KEY: getMaxKey(IdbKeyRange),
            schema
          };
        }
        function createMiddlewareStack(stackImpl, middlewares) {
          return middlewares.reduce(function(down, _a3) {
            var create2 = _a3.create;
            return __assign(__assign({}, down), create2(down));
          }, stackImpl);
        }
        function createMiddlewareStacks(middlewares, idbdb, _a3, tmpTrans) {
          var IDBKeyRange = _a3.IDBKeyRange;
          _a3.indexedDB;
          var dbcore = createMiddlewareStack(createDBCore(idbdb, IDBKeyRange, tmpTrans), middlewares.dbcore);
          return {
            dbcore
          };
        }
        function generateMiddlewareStacks(db2, tmpTrans) {
          var idbdb = tmpTrans.db;
          var stacks = createMiddlewareStacks(db2._middlewares, idbdb, db2._deps, tmpTrans);
          db2.core = stacks.dbcore;
          db2.tables.forEach(function(table) {
            var tableName = table.name;
            if (db2.core.schema.tables.some(function(tbl) {
              return tbl.name === tableName;
            })) {
              table.core = db2.core.table(tableName);
              if (db2[tableName] instanceof db2.Table) {
                db2[tableName].core = table.core;
              }
            }
          });
        }
        function setApiOnPlace(db2, objs, tableNames, dbschema) {
          tableNames.forEach(function(tableName) {
            var schema = dbschema[tableName];
            objs.forEach(function(obj) {
              var propDesc = getPropertyDescriptor(obj, tableName);
              if (!propDesc || "value" in propDesc && propDesc.value === void 0) {
                if (obj === db2.Transaction.prototype || obj instanceof db2.Transaction) {
                  setProp(obj, tableName, {
                    get: function() {
                      return this.table(tableName);
                    },
                    set: function(value) {
                      defineProperty(this, tableName, {
                        value,
                        writable: true,
                        configurable: true,
                        enumerable: true
                      });
                    }
                  });
                } else {
                  obj[tableName] = new db2.Table(tableName, schema);
                }
              }
            });
          });
        }
        function removeTablesApi(db2, objs) {
          objs.forEach(function(obj) {
            for (var key in obj) {
              if (obj[key] instanceof db2.Table)
                delete obj[key];
            }
          });
        }
        function lowerVersionFirst(a, b) {
          return a._cfg.version - b._cfg.version;
        }
        function runUpgraders(db2, oldVersion, idbUpgradeTrans, reject) {
          var globalSchema = db2._dbSchema;
          if (idbUpgradeTrans.objectStoreNames.contains("$meta") && !globalSchema.$meta) {
            globalSchema.$meta = createTableSchema("$meta", parseIndexSyntax("")[0], []);
            db2._storeNames.push("$meta");
          }
          var trans = db2._createTransaction("readwrite", db2._storeNames, globalSchema);
          trans.create(idbUpgradeTrans);
          trans._completion.catch(reject);
          var rejectTransaction = trans._reject.bind(trans);
          var transless = PSD.transless || PSD;
          newScope(function() {
            PSD.trans = trans;
            PSD.transless = transless;
            if (oldVersion === 0) {
              keys(globalSchema).forEach(function(tableName) {
                createTable(idbUpgradeTrans, tableName, globalSchema[tableName].primKey, globalSchema[tableName].indexes);
              });
              generateMiddlewareStacks(db2, idbUpgradeTrans);
              DexiePromise.follow(function() {
                return db2.on.populate.fire(trans);
              }).catch(rejectTransaction);
            } else {
              generateMiddlewareStacks(db2, idbUpgradeTrans);
              return getExistingVersion(db2, trans, oldVersion).then(function(oldVersion2) {
                return updateTablesAndIndexes(db2, oldVersion2, trans, idbUpgradeTrans);
              }).catch(rejectTransaction);
            }
          });
        }
        function patchCurrentVersion(db2, idbUpgradeTrans) {
          createMissingTables(db2._dbSchema, idbUpgradeTrans);
          if (idbUpgradeTrans.db.version % 10 === 0 && !idbUpgradeTrans.objectStoreNames.contains("$meta")) {
            idbUpgradeTrans.db.createObjectStore("$meta").add(Math.ceil(idbUpgradeTrans.db.version / 10 - 1), "version");
          }
          var globalSchema = buildGlobalSchema(db2, db2.idbdb, idbUpgradeTrans);
          adjustToExistingIndexNames(db2, db2._dbSchema, idbUpgradeTrans);
          var diff = getSchemaDiff(globalSchema, db2._dbSchema);
          var _loop_1 = function(tableChange2) {
            if (tableChange2.change.length || tableChange2.recreate) {
              console.warn("Unable to patch indexes of table ".concat(tableChange2.name, " because it has changes on the type of index or primary key."));
              return { value: void 0 };
            }
            var store = idbUpgradeTrans.objectStore(tableChange2.name);
            tableChange2.add.forEach(function(idx) {
              if (debug)
                console.debug("Dexie upgrade patch: Creating missing index ".concat(tableChange2.name, ".").concat(idx.src));
              addIndex(store, idx);
            });
          };
          for (var _i = 0, _a3 = diff.change; _i < _a3.length; _i++) {
            var tableChange = _a3[_i];
            var state_1 = _loop_1(tableChange);
            if (typeof state_1 === "object")
              return state_1.value;
          }
        }
        function getExistingVersion(db2, trans, oldVersion) {
          if (trans.storeNames.includes("$meta")) {
            return trans.table("$meta").get("version").then(function(metaVersion) {
              return metaVersion != null ? metaVersion : oldVersion;
            });
          } else {
            return DexiePromise.resolve(oldVersion);
          }
        }
        function updateTablesAndIndexes(db2, oldVersion, trans, idbUpgradeTrans) {
          var queue = [];
          var versions = db2._versions;
          var globalSchema = db2._dbSchema = buildGlobalSchema(db2, db2.idbdb, idbUpgradeTrans);
          var versToRun = versions.filter(function(v) {
            return v._cfg.version >= oldVersion;
          });
          if (versToRun.length === 0) {
            return DexiePromise.resolve();
          }
          versToRun.forEach(function(version2) {
            queue.push(function() {
              var oldSchema = globalSchema;
              var newSchema = version2._cfg.dbschema;
              adjustToExistingIndexNames(db2, oldSchema, idbUpgradeTrans);
              adjustToExistingIndexNames(db2, newSchema, idbUpgradeTrans);
              globalSchema = db2._dbSchema = newSchema;
              var diff = getSchemaDiff(oldSchema, newSchema);
              diff.add.forEach(function(tuple) {
                createTable(idbUpgradeTrans, tuple[0], tuple[1].primKey, tuple[1].indexes);
              });
              diff.change.forEach(function(change) {
                if (change.recreate) {
                  throw new exceptions.Upgrade("Not yet support for changing primary key");
                } else {
                  var store_1 = idbUpgradeTrans.objectStore(change.name);
                  change.add.forEach(function(idx) {
                    return addIndex(store_1, idx);
                  });
                  change.change.forEach(function(idx) {
                    store_1.deleteIndex(idx.name);
                    addIndex(store_1, idx);
                  });
                  change.del.forEach(function(idxName) {
                    return store_1.deleteIndex(idxName);
                  });
                }
              });
              var contentUpgrade = version2._cfg.contentUpgrade;
              if (contentUpgrade && version2._cfg.version > oldVersion) {
                generateMiddlewareStacks(db2, idbUpgradeTrans);
                trans._memoizedTables = {};
                var upgradeSchema_1 = shallowClone2(newSchema);
                diff.del.forEach(function(table) {
                  upgradeSchema_1[table] = oldSchema[table];
                });
                removeTablesApi(db2, [db2.Transaction.prototype]);
                setApiOnPlace(db2, [db2.Transaction.prototype], keys(upgradeSchema_1), upgradeSchema_1);
                trans.schema = upgradeSchema_1;
                var contentUpgradeIsAsync_1 = isAsyncFunction(contentUpgrade);
                if (contentUpgradeIsAsync_1) {
                  incrementExpectedAwaits();
                }
                var returnValue_1;
                var promiseFollowed = DexiePromise.follow(function() {
                  returnValue_1 = contentUpgrade(trans);
                  if (returnValue_1) {
                    if (contentUpgradeIsAsync_1) {
                      var decrementor = decrementExpectedAwaits.bind(null, null);
                      returnValue_1.then(decrementor, decrementor);
                    }
                  }
                });
                return returnValue_1 && typeof returnValue_1.then === "function" ? DexiePromise.resolve(returnValue_1) : promiseFollowed.then(function() {
                  return returnValue_1;
                });
              }
            });
            queue.push(function(idbtrans) {
              var newSchema = version2._cfg.dbschema;
              deleteRemovedTables(newSchema, idbtrans);
              removeTablesApi(db2, [db2.Transaction.prototype]);
              setApiOnPlace(db2, [db2.Transaction.prototype], db2._storeNames, db2._dbSchema);
              trans.schema = db2._dbSchema;
            });
            queue.push(function(idbtrans) {
              if (db2.idbdb.objectStoreNames.contains("$meta")) {
                if (Math.ceil(db2.idbdb.version / 10) === version2._cfg.version) {
                  db2.idbdb.deleteObjectStore("$meta");
                  delete db2._dbSchema.$meta;
                  db2._storeNames = db2._storeNames.filter(function(name) {
                    return name !== "$meta";
                  });
                } else {
                  idbtrans.objectStore("$meta").put(version2._cfg.version, "version");
                }
              }
            });
          });
          function runQueue() {
            return queue.length ? DexiePromise.resolve(queue.shift()(trans.idbtrans)).then(runQueue) : DexiePromise.resolve();
          }
          return runQueue().then(function() {
            createMissingTables(globalSchema, idbUpgradeTrans);
          });
        }
        function getSchemaDiff(oldSchema, newSchema) {
          var diff = {
            del: [],
            add: [],
            change: []
          };
          var table;
          for (table in oldSchema) {
            if (!newSchema[table])
              diff.del.push(table);
          }
          for (table in newSchema) {
            var oldDef = oldSchema[table], newDef = newSchema[table];
            if (!oldDef) {
              diff.add.push([table, newDef]);
            } else {
              var change = {
                name: table,
                def: newDef,
                recreate: false,
                del: [],
                add: [],
                change: []
              };
              if ("" + (oldDef.primKey.keyPath || "") !== "" + (newDef.primKey.keyPath || "") || oldDef.primKey.auto !== newDef.primKey.auto) {
                change.recreate = true;
                diff.change.push(change);
              } else {
                var oldIndexes = oldDef.idxByName;
                var newIndexes = newDef.idxByName;
                var idxName = void 0;
                for (idxName in oldIndexes) {
                  if (!newIndexes[idxName])
                    change.del.push(idxName);
                }
                for (idxName in newIndexes) {
                  var oldIdx = oldIndexes[idxName], newIdx = newIndexes[idxName];
                  if (!oldIdx)
                    change.add.push(newIdx);
                  else if (oldIdx.src !== newIdx.src)
                    change.change.push(newIdx);
                }
                if (change.del.length > 0 || change.add.length > 0 || change.change.length > 0) {
                  diff.change.push(change);
                }
              }
            }
          }
          return diff;
        }
        function createTable(idbtrans, tableName, primKey, indexes) {
          var store = idbtrans.db.createObjectStore(tableName, primKey.keyPath ? { keyPath: primKey.keyPath, autoIncrement: primKey.auto } : { autoIncrement: primKey.auto });
          indexes.forEach(function(idx) {
            return addIndex(store, idx);
          });
          return store;
        }
        function createMissingTables(newSchema, idbtrans) {
          keys(newSchema).forEach(function(tableName) {
            if (!idbtrans.db.objectStoreNames.contains(tableName)) {
              if (debug)
                console.debug("Dexie: Creating missing table", tableName);
              createTable(idbtrans, tableName, newSchema[tableName].primKey, newSchema[tableName].indexes);
            }
          });
        }
        function deleteRemovedTables(newSchema, idbtrans) {
          [].slice.call(idbtrans.db.objectStoreNames).forEach(function(storeName) {
            return newSchema[storeName] == null && idbtrans.db.deleteObjectStore(storeName);
          });
        }
        function addIndex(store, idx) {
          store.createIndex(idx.name, idx.keyPath, {
            unique: idx.unique,
            multiEntry: idx.multi
          });
        }
        function buildGlobalSchema(db2, idbdb, tmpTrans) {
          var globalSchema = {};
          var dbStoreNames = slice(idbdb.objectStoreNames, 0);
          dbStoreNames.forEach(function(storeName) {
            var store = tmpTrans.objectStore(storeName);
            var keyPath = store.keyPath;
            var primKey = createIndexSpec(nameFromKeyPath(keyPath), keyPath || "", true, false, !!store.autoIncrement, keyPath && typeof keyPath !== "string", true);
            var indexes = [];
            for (var j = 0; j < store.indexNames.length; ++j) {
              var idbindex = store.index(store.indexNames[j]);
              keyPath = idbindex.keyPath;
              var index = createIndexSpec(idbindex.name, keyPath, !!idbindex.unique, !!idbindex.multiEntry, false, keyPath && typeof keyPath !== "string", false);
              indexes.push(index);
            }
            globalSchema[storeName] = createTableSchema(storeName, primKey, indexes);
          });
          return globalSchema;
        }
        function readGlobalSchema(db2, idbdb, tmpTrans) {
          db2.verno = idbdb.version / 10;
          var globalSchema = db2._dbSchema = buildGlobalSchema(db2, idbdb, tmpTrans);
          db2._storeNames = slice(idbdb.objectStoreNames, 0);
          setApiOnPlace(db2, [db2._allTables], keys(globalSchema), globalSchema);
        }
        function verifyInstalledSchema(db2, tmpTrans) {
          var installedSchema = buildGlobalSchema(db2, db2.idbdb, tmpTrans);
          var diff = getSchemaDiff(installedSchema, db2._dbSchema);
          return !(diff.add.length || diff.change.some(function(ch) {
            return ch.add.length || ch.change.length;
          }));
        }
        function adjustToExistingIndexNames(db2, schema, idbtrans) {
          var storeNames = idbtrans.db.objectStoreNames;
          for (var i = 0; i < storeNames.length; ++i) {
            var storeName = storeNames[i];
            var store = idbtrans.objectStore(storeName);
            db2._hasGetAll = "getAll" in store;
            for (var j = 0; j < store.indexNames.length; ++j) {
              var indexName = store.indexNames[j];
              var keyPath = store.index(indexName).keyPath;
              var dexieName = typeof keyPath === "string" ? keyPath : "[" + slice(keyPath).join("+") + "]";
              if (schema[storeName]) {
                var indexSpec = schema[storeName].idxByName[dexieName];
                if (indexSpec) {
                  indexSpec.name = indexName;
                  delete schema[storeName].idxByName[dexieName];
                  schema[storeName].idxByName[indexName] = indexSpec;
                }
              }
            }
          }
          if (typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && _global.WorkerGlobalScope && _global instanceof _global.WorkerGlobalScope && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604) {
            db2._hasGetAll = false;
          }
        }
        function parseIndexSyntax(primKeyAndIndexes) {
          return primKeyAndIndexes.split(",").map(function(index, indexNum) {
            var _a3;
            var typeSplit = index.split(":");
            var type2 = (_a3 = typeSplit[1]) === null || _a3 === void 0 ? void 0 : _a3.trim();
            index = typeSplit[0].trim();
            var name = index.replace(/([&*]|\+\+)/g, "");
            var keyPath = /^\[/.test(name) ? name.match(/^\[(.*)\]$/)[1].split("+") : name;
            return createIndexSpec(name, keyPath || null, /\&/.test(index), /\*/.test(index), /\+\+/.test(index), isArray(keyPath), indexNum === 0, type2);
          });
        }
        var Version = (function() {
          function Version2() {
          }
          Version2.prototype._createTableSchema = function(name, primKey, indexes) {
            return createTableSchema(name, primKey, indexes);
          };
          Version2.prototype._parseIndexSyntax = function(primKeyAndIndexes) {
            return parseIndexSyntax(primKeyAndIndexes);
          };
          Version2.prototype._parseStoresSpec = function(stores, outSchema) {
            var _this = this;
            keys(stores).forEach(function(tableName) {
              if (stores[tableName] !== null) {
                var indexes = _this._parseIndexSyntax(stores[tableName]);
                var primKey = indexes.shift();
                if (!primKey) {
                  throw new exceptions.Schema("Invalid schema for table " + tableName + ": " + stores[tableName]);
                }
                primKey.unique = true;
                if (primKey.multi)
                  throw new exceptions.Schema("Primary key cannot be multiEntry*");
                indexes.forEach(function(idx) {
                  if (idx.auto)
                    throw new exceptions.Schema("Only primary key can be marked as autoIncrement (++)");
                  if (!idx.keyPath)
                    throw new exceptions.Schema("Index must have a name and cannot be an empty string");
                });
                var tblSchema = _this._createTableSchema(tableName, primKey, indexes);
                outSchema[tableName] = tblSchema;
              }
            });
          };
          Version2.prototype.stores = function(stores) {
            var db2 = this.db;
            this._cfg.storesSource = this._cfg.storesSource ? extend2(this._cfg.storesSource, stores) : stores;
            var versions = db2._versions;
            var storesSpec = {};
            var dbschema = {};
            versions.forEach(function(version2) {
              extend2(storesSpec, version2._cfg.storesSource);
              dbschema = version2._cfg.dbschema = {};
              version2._parseStoresSpec(storesSpec, dbschema);
            });
            db2._dbSchema = dbschema;
            removeTablesApi(db2, [db2._allTables, db2, db2.Transaction.prototype]);
            setApiOnPlace(db2, [db2._allTables, db2, db2.Transaction.prototype, this._cfg.tables], keys(dbschema), dbschema);
            db2._storeNames = keys(dbschema);
            return this;
          };
          Version2.prototype.upgrade = function(upgradeFunction) {
            this._cfg.contentUpgrade = promisableChain(this._cfg.contentUpgrade || nop, upgradeFunction);
            return this;
          };
          return Version2;
        })();
        function createVersionConstructor(db2) {
          return makeClassConstructor(Version.prototype, function Version2(versionNumber) {
            this.db = db2;
            this._cfg = {
              version: versionNumber,
              storesSource: null,
              dbschema: {},
              tables: {},
              contentUpgrade: null
            };
          });
        }
        var connections = createConnectionsManager();
        function createConnectionsManager() {
          if (typeof FinalizationRegistry !== "undefined" && typeof WeakRef !== "undefined") {
            var _refs_1 = /* @__PURE__ */ new Set();
            var _registry_1 = new FinalizationRegistry(function(ref) {
              _refs_1.delete(ref);
            });
            var toArray = function() {
              return Array.from(_refs_1).map(function(ref) {
                return ref.deref();
              }).filter(function(db2) {
                return db2 !== void 0;
              });
            };
            var add3 = function(db2) {
              var ref = new WeakRef(db2._novip);
              _refs_1.add(ref);
              _registry_1.register(db2._novip, ref, ref);
              if (_refs_1.size > db2._options.maxConnections) {
                var oldestRef = _refs_1.values().next().value;
                _refs_1.delete(oldestRef);
                _registry_1.unregister(oldestRef);
              }
            };
            var remove3 = function(db2) {
              if (!db2)
                return;
              var iterator = _refs_1.values();
              var result2 = iterator.next();
              while (!result2.done) {
                var ref = result2.value;
                if (ref.deref() === db2._novip) {
                  _refs_1.delete(ref);
                  _registry_1.unregister(ref);
                  return;
                }
                result2 = iterator.next();
              }
            };
            return { toArray, add: add3, remove: remove3 };
          } else {
            var connections_1 = [];
            var toArray = function() {
              return connections_1;
            };
            var add3 = function(db2) {
              connections_1.push(db2._novip);
            };
            var remove3 = function(db2) {
              if (!db2)
                return;
              var index = connections_1.indexOf(db2._novip);
              if (index !== -1) {
                connections_1.splice(index, 1);
              }
            };
            return { toArray, add: add3, remove: remove3 };
          }
        }
        function getDbNamesTable(indexedDB2, IDBKeyRange) {
          var dbNamesDB = indexedDB2["_dbNamesDB"];
          if (!dbNamesDB) {
            dbNamesDB = indexedDB2["_dbNamesDB"] = new Dexie$1(DBNAMES_DB, {
              addons: [],
              indexedDB: indexedDB2,
              IDBKeyRange
            });
            dbNamesDB.version(1).stores({ dbnames: "name" });
          }
          return dbNamesDB.table("dbnames");
        }
        function hasDatabasesNative(indexedDB2) {
          return indexedDB2 && typeof indexedDB2.databases === "function";
        }
        function getDatabaseNames(_a3) {
          var indexedDB2 = _a3.indexedDB, IDBKeyRange = _a3.IDBKeyRange;
          return hasDatabasesNative(indexedDB2) ? Promise.resolve(indexedDB2.databases()).then(function(infos) {
            return infos.map(function(info) {
              return info.name;
            }).filter(function(name) {
              return name !== DBNAMES_DB;
            });
          }) : getDbNamesTable(indexedDB2, IDBKeyRange).toCollection().primaryKeys();
        }
        function _onDatabaseCreated(_a3, name) {
          var indexedDB2 = _a3.indexedDB, IDBKeyRange = _a3.IDBKeyRange;
          !hasDatabasesNative(indexedDB2) && name !== DBNAMES_DB && getDbNamesTable(indexedDB2, IDBKeyRange).put({ name }).catch(nop);
        }
        function _onDatabaseDeleted(_a3, name) {
          var indexedDB2 = _a3.indexedDB, IDBKeyRange = _a3.IDBKeyRange;
          !hasDatabasesNative(indexedDB2) && name !== DBNAMES_DB && getDbNamesTable(indexedDB2, IDBKeyRange).delete(name).catch(nop);
        }
        function vip(fn) {
          return newScope(function() {
            PSD.letThrough = true;
            return fn();
          });
        }
        function idbReady() {
          var isSafari = !navigator.userAgentData && /Safari\//.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent);
          if (!isSafari || !indexedDB.databases)
            return Promise.resolve();
          var intervalId;
          return new Promise(function(resolve) {
            var tryIdb = function() {
              return indexedDB.databases().finally(resolve);
            };
            intervalId = setInterval(tryIdb, 100);
            tryIdb();
          }).finally(function() {
            return clearInterval(intervalId);
          });
        }
        var _a2;
        function isEmptyRange(node2) {
          return !("from" in node2);
        }
        var RangeSet2 = function(fromOrTree, to) {
          if (this) {
            extend2(this, arguments.length ? { d: 1, from: fromOrTree, to: arguments.length > 1 ? to : fromOrTree } : { d: 0 });
          } else {
            var rv = new RangeSet2();
            if (fromOrTree && "d" in fromOrTree) {
              extend2(rv, fromOrTree);
            }
            return rv;
          }
        };
        props(RangeSet2.prototype, (_a2 = {
          add: function(rangeSet) {
            mergeRanges2(this, rangeSet);
            return this;
          },
          addKey: function(key) {
            addRange(this, key, key);
            return this;
          },
          addKeys: function(keys2) {
            var _this = this;
            keys2.forEach(function(key) {
              return addRange(_this, key, key);
            });
            return this;
          },
          hasKey: function(key) {
            var node2 = getRangeSetIterator(this).next(key).value;
            return node2 && cmp2(node2.from, key) <= 0 && cmp2(node2.to, key) >= 0;
          }
        }, _a2[iteratorSymbol] = function() {
          return getRangeSetIterator(this);
        }, _a2));
        function addRange(target, from, to) {
          var diff = cmp2(from, to);
          if (isNaN(diff))
            return;
          if (diff > 0)
            throw RangeError();
          if (isEmptyRange(target))
            return extend2(target, { from, to, d: 1 });
          var left = target.l;
          var right = target.r;
          if (cmp2(to, target.from) < 0) {
            left ? addRange(left, from, to) : target.l = { from, to, d: 1, l: null, r: null };
            return rebalance(target);
          }
          if (cmp2(from, target.to) > 0) {
            right ? addRange(right, from, to) : target.r = { from, to, d: 1, l: null, r: null };
            return rebalance(target);
          }
          if (cmp2(from, target.from) < 0) {
            target.from = from;
            target.l = null;
            target.d = right ? right.d + 1 : 1;
          }
          if (cmp2(to, target.to) > 0) {
            target.to = to;
            target.r = null;
            target.d = target.l ? target.l.d + 1 : 1;
          }
          var rightWasCutOff = !target.r;
          if (left && !target.l) {
            mergeRanges2(target, left);
          }
          if (right && rightWasCutOff) {
            mergeRanges2(target, right);
          }
        }
        function mergeRanges2(target, newSet) {
          function _addRangeSet(target2, _a3) {
            var from = _a3.from, to = _a3.to, l = _a3.l, r = _a3.r;
            addRange(target2, from, to);
            if (l)
              _addRangeSet(target2, l);
            if (r)
              _addRangeSet(target2, r);
          }
          if (!isEmptyRange(newSet))
            _addRangeSet(target, newSet);
        }
        function rangesOverlap2(rangeSet1, rangeSet2) {
          var i1 = getRangeSetIterator(rangeSet2);
          var nextResult1 = i1.next();
          if (nextResult1.done)
            return false;
          var a = nextResult1.value;
          var i2 = getRangeSetIterator(rangeSet1);
          var nextResult2 = i2.next(a.from);
          var b = nextResult2.value;
          while (!nextResult1.done && !nextResult2.done) {
            if (cmp2(b.from, a.to) <= 0 && cmp2(b.to, a.from) >= 0)
              return true;
            cmp2(a.from, b.from) < 0 ? a = (nextResult1 = i1.next(b.from)).value : b = (nextResult2 = i2.next(a.from)).value;
          }
          return false;
        }
        function getRangeSetIterator(node2) {
          var state = isEmptyRange(node2) ? null : { s: 0, n: node2 };
          return {
            next: function(key) {
              var keyProvided = arguments.length > 0;
              while (state) {
                switch (state.s) {
                  case 0:
                    state.s = 1;
                    if (keyProvided) {
                      while (state.n.l && cmp2(key, state.n.from) < 0)
                        state = { up: state, n: state.n.l, s: 1 };
                    } else {
                      while (state.n.l)
                        state = { up: state, n: state.n.l, s: 1 };
                    }
                  case 1:
                    state.s = 2;
                    if (!keyProvided || cmp2(key, state.n.to) <= 0)
                      return { value: state.n, done: false };
                  case 2:
                    if (state.n.r) {
                      state.s = 3;
                      state = { up: state, n: state.n.r, s: 0 };
                      continue;
                    }
                  case 3:
                    state = state.up;
                }
              }
              return { done: true };
            }
          };
        }
        function rebalance(target) {
          var _a3, _b;
          var diff = (((_a3 = target.r) === null || _a3 === void 0 ? void 0 : _a3.d) || 0) - (((_b = target.l) === null || _b === void 0 ? void 0 : _b.d) || 0);
          var r = diff > 1 ? "r" : diff < -1 ? "l" : "";
          if (r) {
            var l = r === "r" ? "l" : "r";
            var rootClone = __assign({}, target);
            var oldRootRight = target[r];
            target.from = oldRootRight.from;
            target.to = oldRootRight.to;
            target[r] = oldRootRight[r];
            rootClone[r] = oldRootRight[l];
            target[l] = rootClone;
            rootClone.d = computeDepth(rootClone);
          }
          target.d = computeDepth(target);
        }
        function computeDepth(_a3) {
          var r = _a3.r, l = _a3.l;
          return (r ? l ? Math.max(r.d, l.d) : r.d : l ? l.d : 0) + 1;
        }
        function extendObservabilitySet(target, newSet) {
          keys(newSet).forEach(function(part) {
            if (target[part])
              mergeRanges2(target[part], newSet[part]);
            else
              target[part] = cloneSimpleObjectTree(newSet[part]);
          });
          return target;
        }
        function obsSetsOverlap(os1, os2) {
          return os1.all || os2.all || Object.keys(os1).some(function(key) {
            return os2[key] && rangesOverlap2(os2[key], os1[key]);
          });
        }
        var cache2 = {};
        var unsignaledParts = {};
        var isTaskEnqueued = false;
        function signalSubscribersLazily(part, optimistic) {
          extendObservabilitySet(unsignaledParts, part);
          if (!isTaskEnqueued) {
            isTaskEnqueued = true;
            setTimeout(function() {
              isTaskEnqueued = false;
              var parts = unsignaledParts;
              unsignaledParts = {};
              signalSubscribersNow(parts, false);
            }, 0);
          }
        }
        function signalSubscribersNow(updatedParts, deleteAffectedCacheEntries) {
          if (deleteAffectedCacheEntries === void 0) {
            deleteAffectedCacheEntries = false;
          }
          var queriesToSignal = /* @__PURE__ */ new Set();
          if (updatedParts.all) {
            for (var _i = 0, _a3 = Object.values(cache2); _i < _a3.length; _i++) {
              var tblCache = _a3[_i];
              collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
            }
          } else {
            for (var key in updatedParts) {
              var parts = /^idb\:\/\/(.*)\/(.*)\//.exec(key);
              if (parts) {
                var dbName = parts[1], tableName = parts[2];
                var tblCache = cache2["idb://".concat(dbName, "/").concat(tableName)];
                if (tblCache)
                  collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
              }
            }
          }
          queriesToSignal.forEach(function(requery) {
            return requery();
          });
        }
        function collectTableSubscribers(tblCache, updatedParts, outQueriesToSignal, deleteAffectedCacheEntries) {
          var updatedEntryLists = [];
          for (var _i = 0, _a3 = Object.entries(tblCache.queries.query); _i < _a3.length; _i++) {
            var _b = _a3[_i], indexName = _b[0], entries = _b[1];
            var filteredEntries = [];
            for (var _c = 0, entries_1 = entries; _c < entries_1.length; _c++) {
              var entry = entries_1[_c];
              if (obsSetsOverlap(updatedParts, entry.obsSet)) {
                entry.subscribers.forEach(function(requery) {
                  return outQueriesToSignal.add(requery);
                });
              } else if (deleteAffectedCacheEntries) {
                filteredEntries.push(entry);
              }
            }
            if (deleteAffectedCacheEntries)
              updatedEntryLists.push([indexName, filteredEntries]);
          }
          if (deleteAffectedCacheEntries) {
            for (var _d = 0, updatedEntryLists_1 = updatedEntryLists; _d < updatedEntryLists_1.length; _d++) {
              var _e = updatedEntryLists_1[_d], indexName = _e[0], filteredEntries = _e[1];
              tblCache.queries.query[indexName] = filteredEntries;
            }
          }
        }
        function dexieOpen(db2) {
          var state = db2._state;
          var indexedDB2 = db2._deps.indexedDB;
          if (state.isBeingOpened || db2.idbdb)
            return state.dbReadyPromise.then(function() {
              return state.dbOpenError ? rejection(state.dbOpenError) : db2;
            });
          state.isBeingOpened = true;
          state.dbOpenError = null;
          state.openComplete = false;
          var openCanceller = state.openCanceller;
          var nativeVerToOpen = Math.round(db2.verno * 10);
          var schemaPatchMode = false;
          function throwIfCancelled() {
            if (state.openCanceller !== openCanceller)
              throw new exceptions.DatabaseClosed("db.open() was cancelled");
          }
          var resolveDbReady = state.dbReadyResolve, upgradeTransaction = null, wasCreated = false;
          var tryOpenDB = function() {
            return new DexiePromise(function(resolve, reject) {
              throwIfCancelled();
              if (!indexedDB2)
                throw new exceptions.MissingAPI();
              var dbName = db2.name;
              var req = state.autoSchema || !nativeVerToOpen ? indexedDB2.open(dbName) : indexedDB2.open(dbName, nativeVerToOpen);
              if (!req)
                throw new exceptions.MissingAPI();
              req.onerror = eventRejectHandler(reject);
              req.onblocked = wrap(db2._fireOnBlocked);
              req.onupgradeneeded = wrap(function(e) {
                upgradeTransaction = req.transaction;
                if (state.autoSchema && !db2._options.allowEmptyDB) {
                  req.onerror = preventDefault;
                  upgradeTransaction.abort();
                  req.result.close();
                  var delreq = indexedDB2.deleteDatabase(dbName);
                  delreq.onsuccess = delreq.onerror = wrap(function() {
                    reject(new exceptions.NoSuchDatabase("Database ".concat(dbName, " doesnt exist")));
                  });
                } else {
                  upgradeTransaction.onerror = eventRejectHandler(reject);
                  var oldVer = e.oldVersion > Math.pow(2, 62) ? 0 : e.oldVersion;
                  wasCreated = oldVer < 1;
                  db2.idbdb = req.result;
                  if (schemaPatchMode) {
                    patchCurrentVersion(db2, upgradeTransaction);
                  }
                  runUpgraders(db2, oldVer / 10, upgradeTransaction, reject);
                }
              }, reject);
              req.onsuccess = wrap(function() {
                upgradeTransaction = null;
                var idbdb = db2.idbdb = req.result;
                var objectStoreNames = slice(idbdb.objectStoreNames);
                if (objectStoreNames.length > 0)
                  try {
                    var tmpTrans = idbdb.transaction(safariMultiStoreFix(objectStoreNames), "readonly");
                    if (state.autoSchema)
                      readGlobalSchema(db2, idbdb, tmpTrans);
                    else {
                      adjustToExistingIndexNames(db2, db2._dbSchema, tmpTrans);
                      if (!verifyInstalledSchema(db2, tmpTrans) && !schemaPatchMode) {
                        console.warn("Dexie SchemaDiff: Schema was extended without increasing the number passed to db.version(). Dexie will add missing parts and increment native version number to workaround this.");
                        idbdb.close();
                        nativeVerToOpen = idbdb.version + 1;
                        schemaPatchMode = true;
                        return resolve(tryOpenDB());
                      }
                    }
                    generateMiddlewareStacks(db2, tmpTrans);
                  } catch (e) {
                  }
                connections.add(db2);
                idbdb.onversionchange = wrap(function(ev) {
                  state.vcFired = true;
                  db2.on("versionchange").fire(ev);
                });
                idbdb.onclose = wrap(function() {
                  db2.close({ disableAutoOpen: false });
                });
                if (wasCreated)
                  _onDatabaseCreated(db2._deps, dbName);
                resolve();
              }, reject);
            }).catch(function(err) {
              switch (err === null || err === void 0 ? void 0 : err.name) {
                case "UnknownError":
                  if (state.PR1398_maxLoop > 0) {
                    state.PR1398_maxLoop--;
                    console.warn("Dexie: Workaround for Chrome UnknownError on open()");
                    return tryOpenDB();
                  }
                  break;
                case "VersionError":
                  if (nativeVerToOpen > 0) {
                    nativeVerToOpen = 0;
                    return tryOpenDB();
                  }
                  break;
              }
              return DexiePromise.reject(err);
            });
          };
          var useSafari14Workaround = typeof navigator !== "undefined" && !!indexedDB2 && indexedDB2 === _global.indexedDB;
          return DexiePromise.race([
            openCanceller,
            (useSafari14Workaround ? idbReady() : DexiePromise.resolve()).then(tryOpenDB)
          ]).then(function() {
            throwIfCancelled();
            state.onReadyBeingFired = [];
            return DexiePromise.resolve(vip(function() {
              return db2.on.ready.fire(db2.vip);
            })).then(function fireRemainders() {
              if (state.onReadyBeingFired.length > 0) {
                var remainders_1 = state.onReadyBeingFired.reduce(promisableChain, nop);
                state.onReadyBeingFired = [];
                return DexiePromise.resolve(vip(function() {
                  return remainders_1(db2.vip);
                })).then(fireRemainders);
              }
            });
          }).finally(function() {
            if (state.openCanceller === openCanceller) {
              state.onReadyBeingFired = null;
              state.isBeingOpened = false;
            }
          }).catch(function(err) {
            state.dbOpenError = err;
            try {
              upgradeTransaction && upgradeTransaction.abort();
            } catch (_a3) {
            }
            if (openCanceller === state.openCanceller) {
              db2._close();
            }
            return rejection(err);
          }).finally(function() {
            state.openComplete = true;
            resolveDbReady();
          }).then(function() {
            if (wasCreated) {
              var everything_1 = {};
              db2.tables.forEach(function(table) {
                table.schema.indexes.forEach(function(idx) {
                  if (idx.name)
                    everything_1["idb://".concat(db2.name, "/").concat(table.name, "/").concat(idx.name)] = new RangeSet2(-Infinity, [[[]]]);
                });
                everything_1["idb://".concat(db2.name, "/").concat(table.name, "/")] = everything_1["idb://".concat(db2.name, "/").concat(table.name, "/:dels")] = new RangeSet2(-Infinity, [[[]]]);
              });
              globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME).fire(everything_1);
              signalSubscribersNow(everything_1, true);
            }
            return db2;
          });
        }
        function awaitIterator(iterator) {
          var callNext = function(result2) {
            return iterator.next(result2);
          }, doThrow = function(error2) {
            return iterator.throw(error2);
          }, onSuccess = step(callNext), onError = step(doThrow);
          function step(getNext) {
            return function(val) {
              var next = getNext(val), value = next.value;
              return next.done ? value : !value || typeof value.then !== "function" ? isArray(value) ? Promise.all(value).then(onSuccess, onError) : onSuccess(value) : value.then(onSuccess, onError);
            };
          }
          return step(callNext)();
        }
        function extractTransactionArgs(mode, _tableArgs_, scopeFunc) {
          var i = arguments.length;
          if (i < 2)
            throw new exceptions.InvalidArgument("Too few arguments");
          var args = new Array(i - 1);
          while (--i)
            args[i - 1] = arguments[i];
          scopeFunc = args.pop();
          var tables = flatten(args);
          return [mode, tables, scopeFunc];
        }
        function enterTransactionScope(db2, mode, storeNames, parentTransaction, scopeFunc) {
          return DexiePromise.resolve().then(function() {
            var transless = PSD.transless || PSD;
            var trans = db2._createTransaction(mode, storeNames, db2._dbSchema, parentTransaction);
            trans.explicit = true;
            var zoneProps = {
              trans,
              transless
            };
            if (parentTransaction) {
              trans.idbtrans = parentTransaction.idbtrans;
            } else {
              try {
                trans.create();
                trans.idbtrans._explicit = true;
                db2._state.PR1398_maxLoop = 3;
              } catch (ex) {
                if (ex.name === errnames.InvalidState && db2.isOpen() && --db2._state.PR1398_maxLoop > 0) {
                  console.warn("Dexie: Need to reopen db");
                  db2.close({ disableAutoOpen: false });
                  return db2.open().then(function() {
                    return enterTransactionScope(db2, mode, storeNames, null, scopeFunc);
                  });
                }
                return rejection(ex);
              }
            }
            var scopeFuncIsAsync = isAsyncFunction(scopeFunc);
            if (scopeFuncIsAsync) {
              incrementExpectedAwaits();
            }
            var returnValue;
            var promiseFollowed = DexiePromise.follow(function() {
              returnValue = scopeFunc.call(trans, trans);
              if (returnValue) {
                if (scopeFuncIsAsync) {
                  var decrementor = decrementExpectedAwaits.bind(null, null);
                  returnValue.then(decrementor, decrementor);
                } else if (typeof returnValue.next === "function" && typeof returnValue.throw === "function") {
                  returnValue = awaitIterator(returnValue);
                }
              }
            }, zoneProps);
            return (returnValue && typeof returnValue.then === "function" ? DexiePromise.resolve(returnValue).then(function(x) {
              return trans.active ? x : rejection(new exceptions.PrematureCommit("Transaction committed too early. See http://bit.ly/2kdckMn"));
            }) : promiseFollowed.then(function() {
              return returnValue;
            })).then(function(x) {
              if (parentTransaction)
                trans._resolve();
              return trans._completion.then(function() {
                return x;
              });
            }).catch(function(e) {
              trans._reject(e);
              return rejection(e);
            });
          });
        }
        function pad(a, value, count) {
          var result2 = isArray(a) ? a.slice() : [a];
          for (var i = 0; i < count; ++i)
            result2.push(value);
          return result2;
        }
        function createVirtualIndexMiddleware(down) {
          return __assign(__assign({}, down), { table: function(tableName) {
            var table = down.table(tableName);
            var schema = table.schema;
            var indexLookup = /* @__PURE__ */ Object.create(null);
            var allVirtualIndexes = [];
            function addVirtualIndexes(keyPath, keyTail, lowLevelIndex) {
              var keyPathAlias = getKeyPathAlias(keyPath);
              var indexList = indexLookup[keyPathAlias] = indexLookup[keyPathAlias] || [];
              var keyLength = keyPath == null ? 0 : typeof keyPath === "string" ? 1 : keyPath.length;
              var isVirtual = keyTail > 0;
              var virtualIndex = __assign(__assign({}, lowLevelIndex), { name: isVirtual ? "".concat(keyPathAlias, "(virtual-from:").concat(lowLevelIndex.name, ")") : lowLevelIndex.name, lowLevelIndex, isVirtual, keyTail, keyLength, extractKey: getKeyExtractor(keyPath), unique: !isVirtual && lowLevelIndex.unique });
              indexList.push(virtualIndex);
              if (!virtualIndex.isPrimaryKey) {
                allVirtualIndexes.push(virtualIndex);
              }
              if (keyLength > 1) {
                var virtualKeyPath = keyLength === 2 ? keyPath[0] : keyPath.slice(0, keyLength - 1);
                addVirtualIndexes(virtualKeyPath, keyTail + 1, lowLevelIndex);
              }
              indexList.sort(function(a, b) {
                return a.keyTail - b.keyTail;
              });
              return virtualIndex;
            }
            var primaryKey = addVirtualIndexes(schema.primaryKey.keyPath, 0, schema.primaryKey);
            indexLookup[":id"] = [primaryKey];
            for (var _i = 0, _a3 = schema.indexes; _i < _a3.length; _i++) {
              var index = _a3[_i];
              addVirtualIndexes(index.keyPath, 0, index);
            }
            function findBestIndex(keyPath) {
              var result3 = indexLookup[getKeyPathAlias(keyPath)];
              return result3 && result3[0];
            }
            function translateRange(range, keyTail) {
              return {
                type: range.type === 1 ? 2 : range.type,
                lower: pad(range.lower, range.lowerOpen ? down.MAX_KEY : down.MIN_KEY, keyTail),
                lowerOpen: true,
                upper: pad(range.upper, range.upperOpen ? down.MIN_KEY : down.MAX_KEY, keyTail),
                upperOpen: true
              };
            }
            function translateRequest(req) {
              var index2 = req.query.index;
              return index2.isVirtual ? __assign(__assign({}, req), { query: {
                index: index2.lowLevelIndex,
                range: translateRange(req.query.range, index2.keyTail)
              } }) : req;
            }
            var result2 = __assign(__assign({}, table), { schema: __assign(__assign({}, schema), { primaryKey, indexes: allVirtualIndexes, getIndexByKeyPath: findBestIndex }), count: function(req) {
              return table.count(translateRequest(req));
            }, query: function(req) {
              return table.query(translateRequest(req));
            }, openCursor: function(req) {
              var _a4 = req.query.index, keyTail = _a4.keyTail, isVirtual = _a4.isVirtual, keyLength = _a4.keyLength;
              if (!isVirtual)
                return table.openCursor(req);
              function createVirtualCursor(cursor) {
                function _continue(key) {
                  key != null ? cursor.continue(pad(key, req.reverse ? down.MAX_KEY : down.MIN_KEY, keyTail)) : req.unique ? cursor.continue(cursor.key.slice(0, keyLength).concat(req.reverse ? down.MIN_KEY : down.MAX_KEY, keyTail)) : cursor.continue();
                }
                var virtualCursor = Object.create(cursor, {
                  continue: { value: _continue },
                  continuePrimaryKey: {
                    value: function(key, primaryKey2) {
                      cursor.continuePrimaryKey(pad(key, down.MAX_KEY, keyTail), primaryKey2);
                    }
                  },
                  primaryKey: {
                    get: function() {
                      return cursor.primaryKey;
                    }
                  },
                  key: {
                    get: function() {
                      var key = cursor.key;
                      return keyLength === 1 ? key[0] : key.slice(0, keyLength);
                    }
                  },
                  value: {
                    get: function() {
                      return cursor.value;
                    }
                  }
                });
                return virtualCursor;
              }
              return table.openCursor(translateRequest(req)).then(function(cursor) {
                return cursor && createVirtualCursor(cursor);
              });
            } });
            return result2;
          } });
        }
        var virtualIndexMiddleware = {
          stack: "dbcore",
          name: "VirtualIndexMiddleware",
          level: 1,
          create: createVirtualIndexMiddleware
        };
        function getObjectDiff(a, b, rv, prfx) {
          rv = rv || {};
          prfx = prfx || "";
          keys(a).forEach(function(prop) {
            if (!hasOwn(b, prop)) {
              rv[prfx + prop] = void 0;
            } else {
              var ap = a[prop], bp = b[prop];
              if (typeof ap === "object" && typeof bp === "object" && ap && bp) {
                var apTypeName = toStringTag(ap);
                var bpTypeName = toStringTag(bp);
                if (apTypeName !== bpTypeName) {
                  rv[prfx + prop] = b[prop];
                } else if (apTypeName === "Object") {
                  getObjectDiff(ap, bp, rv, prfx + prop + ".");
                } else if (ap !== bp) {
                  rv[prfx + prop] = b[prop];
                }
              } else if (ap !== bp)
                rv[prfx + prop] = b[prop];
            }
          });
          keys(b).forEach(function(prop) {
            if (!hasOwn(a, prop)) {
              rv[prfx + prop] = b[prop];
            }
          });
          return rv;
        }
        function getEffectiveKeys(primaryKey, req) {
          if (req.type === "delete")
            return req.keys;
          return req.keys || req.values.map(primaryKey.extractKey);
        }
        var hooksMiddleware = {
          stack: "dbcore",
          name: "HooksMiddleware",
          level: 2,
          create: function(downCore) {
            return __assign(__assign({}, downCore), { table: function(tableName) {
              var downTable = downCore.table(tableName);
              var primaryKey = downTable.schema.primaryKey;
              var tableMiddleware = __assign(__assign({}, downTable), { mutate: function(req) {
                var dxTrans = PSD.trans;
                var _a3 = dxTrans.table(tableName).hook, deleting = _a3.deleting, creating = _a3.creating, updating = _a3.updating;
                switch (req.type) {
                  case "add":
                    if (creating.fire === nop)
                      break;
                    return dxTrans._promise("readwrite", function() {
                      return addPutOrDelete(req);
                    }, true);
                  case "put":
                    if (creating.fire === nop && updating.fire === nop)
                      break;
                    return dxTrans._promise("readwrite", function() {
                      return addPutOrDelete(req);
                    }, true);
                  case "delete":
                    if (deleting.fire === nop)
                      break;
                    return dxTrans._promise("readwrite", function() {
                      return addPutOrDelete(req);
                    }, true);
                  case "deleteRange":
                    if (deleting.fire === nop)
                      break;
                    return dxTrans._promise("readwrite", function() {
                      return deleteRange(req);
                    }, true);
                }
                return downTable.mutate(req);
                function addPutOrDelete(req2) {
                  var dxTrans2 = PSD.trans;
                  var keys2 = req2.keys || getEffectiveKeys(primaryKey, req2);
                  if (!keys2)
                    throw new Error("Keys missing");
                  req2 = req2.type === "add" || req2.type === "put" ? __assign(__assign({}, req2), { keys: keys2 }) : __assign({}, req2);
                  if (req2.type !== "delete")
                    req2.values = __spreadArray([], req2.values);
                  if (req2.keys)
                    req2.keys = __spreadArray([], req2.keys);
                  return getExistingValues(downTable, req2, keys2).then(function(existingValues) {
                    var contexts = keys2.map(function(key, i) {
                      var existingValue = existingValues[i];
                      var ctx = { onerror: null, onsuccess: null };
                      if (req2.type === "delete") {
                        deleting.fire.call(ctx, key, existingValue, dxTrans2);
                      } else if (req2.type === "add" || existingValue === void 0) {
                        var generatedPrimaryKey = creating.fire.call(ctx, key, req2.values[i], dxTrans2);
                        if (key == null && generatedPrimaryKey != null) {
                          key = generatedPrimaryKey;
                          req2.keys[i] = key;
                          if (!primaryKey.outbound) {
                            setByKeyPath(req2.values[i], primaryKey.keyPath, key);
                          }
                        }
                      } else {
                        var objectDiff = getObjectDiff(existingValue, req2.values[i]);
                        var additionalChanges_1 = updating.fire.call(ctx, objectDiff, key, existingValue, dxTrans2);
                        if (additionalChanges_1) {
                          var requestedValue_1 = req2.values[i];
                          Object.keys(additionalChanges_1).forEach(function(keyPath) {
                            if (hasOwn(requestedValue_1, keyPath)) {
                              requestedValue_1[keyPath] = additionalChanges_1[keyPath];
                            } else {
                              setByKeyPath(requestedValue_1, keyPath, additionalChanges_1[keyPath]);
                            }
                          });
                        }
                      }
                      return ctx;
                    });
                    return downTable.mutate(req2).then(function(_a4) {
                      var failures = _a4.failures, results = _a4.results, numFailures = _a4.numFailures, lastResult = _a4.lastResult;
                      for (var i = 0; i < keys2.length; ++i) {
                        var primKey = results ? results[i] : keys2[i];
                        var ctx = contexts[i];
                        if (primKey == null) {
                          ctx.onerror && ctx.onerror(failures[i]);
                        } else {
                          ctx.onsuccess && ctx.onsuccess(
                            req2.type === "put" && existingValues[i] ? req2.values[i] : primKey
                          );
                        }
                      }
                      return { failures, results, numFailures, lastResult };
                    }).catch(function(error2) {
                      contexts.forEach(function(ctx) {
                        return ctx.onerror && ctx.onerror(error2);
                      });
                      return Promise.reject(error2);
                    });
                  });
                }
                function deleteRange(req2) {
                  return deleteNextChunk(req2.trans, req2.range, 1e4);
                }
                function deleteNextChunk(trans, range, limit) {
                  return downTable.query({
                    trans,
                    values: false,
                    query: { index: primaryKey, range },
                    limit
                  }).then(function(_a4) {
                    var result2 = _a4.result;
                    return addPutOrDelete({
                      type: "delete",
                      keys: result2,
                      trans
                    }).then(function(res) {
                      if (res.numFailures > 0)
                        return Promise.reject(res.failures[0]);
                      if (result2.length < limit) {
                        return {
                          failures: [],
                          numFailures: 0,
                          lastResult: void 0
                        };
                      } else {
                        return deleteNextChunk(trans, __assign(__assign({}, range), { lower: result2[result2.length - 1], lowerOpen: true }), limit);
                      }
                    });
                  });
                }
              } });
              return tableMiddleware;
            } });
          }
        };
        function getExistingValues(table, req, effectiveKeys) {
          return req.type === "add" ? Promise.resolve([]) : table.getMany({
            trans: req.trans,
            keys: effectiveKeys,
            cache: "immutable"
          });
        }
        function getFromTransactionCache(keys2, cache3, clone2) {
          try {
            if (!cache3)
              return null;
            if (cache3.keys.length < keys2.length)
              return null;
            var result2 = [];
            for (var i = 0, j = 0; i < cache3.keys.length && j < keys2.length; ++i) {
              if (cmp2(cache3.keys[i], keys2[j]) !== 0)
                continue;
              result2.push(clone2 ? deepClone(cache3.values[i]) : cache3.values[i]);
              ++j;
            }
            return result2.length === keys2.length ? result2 : null;
          } catch (_a3) {
            return null;
          }
        }
        var cacheExistingValuesMiddleware = {
          stack: "dbcore",
          level: -1,
          create: function(core) {
            return {
              table: function(tableName) {
                var table = core.table(tableName);
                return __assign(__assign({}, table), { getMany: function(req) {
                  if (!req.cache) {
                    return table.getMany(req);
                  }
                  var cachedResult = getFromTransactionCache(req.keys, req.trans["_cache"], req.cache === "clone");
                  if (cachedResult) {
                    return DexiePromise.resolve(cachedResult);
                  }
                  return table.getMany(req).then(function(res) {
                    req.trans["_cache"] = {
                      keys: req.keys,
                      values: req.cache === "clone" ? deepClone(res) : res
                    };
                    return res;
                  });
                }, mutate: function(req) {
                  if (req.type !== "add")
                    req.trans["_cache"] = null;
                  return table.mutate(req);
                } });
              }
            };
          }
        };
        function isCachableContext(ctx, table) {
          return ctx.trans.mode === "readonly" && !!ctx.subscr && !ctx.trans.explicit && ctx.trans.db._options.cache !== "disabled" && !table.schema.primaryKey.outbound;
        }
        function isCachableRequest(type2, req) {
          switch (type2) {
            case "query":
              return req.values && !req.unique;
            case "get":
              return false;
            case "getMany":
              return false;
            case "count":
              return false;
            case "openCursor":
              return false;
          }
        }
        var observabilityMiddleware = {
          stack: "dbcore",
          level: 0,
          name: "Observability",
          create: function(core) {
            var dbName = core.schema.name;
            var FULL_RANGE = new RangeSet2(core.MIN_KEY, core.MAX_KEY);
            return __assign(__assign({}, core), { transaction: function(stores, mode, options) {
              if (PSD.subscr && mode !== "readonly") {
                throw new exceptions.ReadOnly("Readwrite transaction in liveQuery context. Querier source: ".concat(PSD.querier));
              }
              return core.transaction(stores, mode, options);
            }, table: function(tableName) {
              var table = core.table(tableName);
              var schema = table.schema;
              var primaryKey = schema.primaryKey, indexes = schema.indexes;
              var extractKey = primaryKey.extractKey, outbound = primaryKey.outbound;
              var indexesWithAutoIncPK = primaryKey.autoIncrement && indexes.filter(function(index) {
                return index.compound && index.keyPath.includes(primaryKey.keyPath);
              });
              var tableClone = __assign(__assign({}, table), { mutate: function(req) {
                var _a3, _b;
                var trans = req.trans;
                var mutatedParts = req.mutatedParts || (req.mutatedParts = {});
                var getRangeSet = function(indexName) {
                  var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
                  return mutatedParts[part] || (mutatedParts[part] = new RangeSet2());
                };
                var pkRangeSet = getRangeSet("");
                var delsRangeSet = getRangeSet(":dels");
                var type2 = req.type;
                var _c = req.type === "deleteRange" ? [req.range] : req.type === "delete" ? [req.keys] : req.values.length < 50 ? [
                  getEffectiveKeys(primaryKey, req).filter(function(id) {
                    return id != null;
                  }),
                  req.values
                ] : [], keys2 = _c[0], newObjs = _c[1];
                var oldCache = req.trans["_cache"];
                if (isArray(keys2)) {
                  pkRangeSet.addKeys(keys2);
                  var oldObjs = type2 === "delete" || keys2.length === newObjs.length ? getFromTransactionCache(keys2, oldCache) : null;
                  if (!oldObjs) {
                    delsRangeSet.addKeys(keys2);
                  }
                  if (oldObjs || newObjs) {
                    trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs);
                  }
                } else if (keys2) {
                  var range = {
                    from: (_a3 = keys2.lower) !== null && _a3 !== void 0 ? _a3 : core.MIN_KEY,
                    to: (_b = keys2.upper) !== null && _b !== void 0 ? _b : core.MAX_KEY
                  };
                  delsRangeSet.add(range);
                  pkRangeSet.add(range);
                } else {
                  pkRangeSet.add(FULL_RANGE);
                  delsRangeSet.add(FULL_RANGE);
                  schema.indexes.forEach(function(idx) {
                    return getRangeSet(idx.name).add(FULL_RANGE);
                  });
                }
                return table.mutate(req).then(function(res) {
                  if (keys2 && (req.type === "add" || req.type === "put")) {
                    pkRangeSet.addKeys(res.results);
                    if (indexesWithAutoIncPK) {
                      indexesWithAutoIncPK.forEach(function(idx) {
                        var idxVals = req.values.map(function(v) {
                          return idx.extractKey(v);
                        });
                        var pkPos = idx.keyPath.findIndex(function(prop) {
                          return prop === primaryKey.keyPath;
                        });
                        for (var i = 0, len = res.results.length; i < len; ++i) {
                          idxVals[i][pkPos] = res.results[i];
                        }
                        getRangeSet(idx.name).addKeys(idxVals);
                      });
                    }
                  }
                  trans.mutatedParts = extendObservabilitySet(trans.mutatedParts || {}, mutatedParts);
                  return res;
                });
              } });
              var getRange = function(_a3) {
                var _b, _c;
                var _d = _a3.query, index = _d.index, range = _d.range;
                return [
                  index,
                  new RangeSet2((_b = range.lower) !== null && _b !== void 0 ? _b : core.MIN_KEY, (_c = range.upper) !== null && _c !== void 0 ? _c : core.MAX_KEY)
                ];
              };
              var readSubscribers = {
                get: function(req) {
                  return [primaryKey, new RangeSet2(req.key)];
                },
                getMany: function(req) {
                  return [primaryKey, new RangeSet2().addKeys(req.keys)];
                },
                count: getRange,
                query: getRange,
                openCursor: getRange
              };
              keys(readSubscribers).forEach(function(method) {
                tableClone[method] = function(req) {
                  var subscr = PSD.subscr;
                  var isLiveQuery = !!subscr;
                  var cachable = isCachableContext(PSD, table) && isCachableRequest(method, req);
                  var obsSet = cachable ? req.obsSet = {} : subscr;
                  if (isLiveQuery) {
                    var getRangeSet = function(indexName) {
                      var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
                      return obsSet[part] || (obsSet[part] = new RangeSet2());
                    };
                    var pkRangeSet_1 = getRangeSet("");
                    var delsRangeSet_1 = getRangeSet(":dels");
                    var _a3 = readSubscribers[method](req), queriedIndex = _a3[0], queriedRanges = _a3[1];
                    if (method === "query" && queriedIndex.isPrimaryKey && !req.values) {
                      delsRangeSet_1.add(queriedRanges);
                    } else {
                      getRangeSet(queriedIndex.name || "").add(queriedRanges);
                    }
                    if (!queriedIndex.isPrimaryKey) {
                      if (method === "count") {
                        delsRangeSet_1.add(FULL_RANGE);
                      } else {
                        var keysPromise_1 = method === "query" && outbound && req.values && table.query(__assign(__assign({}, req), { values: false }));
                        return table[method].apply(this, arguments).then(function(res) {
                          if (method === "query") {
                            if (outbound && req.values) {
                              return keysPromise_1.then(function(_a4) {
                                var resultingKeys = _a4.result;
                                pkRangeSet_1.addKeys(resultingKeys);
                                return res;
                              });
                            }
                            var pKeys = req.values ? res.result.map(extractKey) : res.result;
                            if (req.values) {
                              pkRangeSet_1.addKeys(pKeys);
                            } else {
                              delsRangeSet_1.addKeys(pKeys);
                            }
                          } else if (method === "openCursor") {
                            var cursor_1 = res;
                            var wantValues_1 = req.values;
                            return cursor_1 && Object.create(cursor_1, {
                              key: {
                                get: function() {
                                  delsRangeSet_1.addKey(cursor_1.primaryKey);
                                  return cursor_1.key;
                                }
                              },
                              primaryKey: {
                                get: function() {
                                  var pkey = cursor_1.primaryKey;
                                  delsRangeSet_1.addKey(pkey);
                                  return pkey;
                                }
                              },
                              value: {
                                get: function() {
                                  wantValues_1 && pkRangeSet_1.addKey(cursor_1.primaryKey);
                                  return cursor_1.value;
                                }
                              }
                            });
                          }
                          return res;
                        });
                      }
                    }
                  }
                  return table[method].apply(this, arguments);
                };
              });
              return tableClone;
            } });
          }
        };
        function trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs) {
          function addAffectedIndex(ix) {
            var rangeSet = getRangeSet(ix.name || "");
            function extractKey(obj) {
              return obj != null ? ix.extractKey(obj) : null;
            }
            var addKeyOrKeys = function(key) {
              return ix.multiEntry && isArray(key) ? key.forEach(function(key2) {
                return rangeSet.addKey(key2);
              }) : rangeSet.addKey(key);
            };
            (oldObjs || newObjs).forEach(function(_, i) {
              var oldKey = oldObjs && extractKey(oldObjs[i]);
              var newKey = newObjs && extractKey(newObjs[i]);
              if (cmp2(oldKey, newKey) !== 0) {
                if (oldKey != null)
                  addKeyOrKeys(oldKey);
                if (newKey != null)
                  addKeyOrKeys(newKey);
              }
            });
          }
          schema.indexes.forEach(addAffectedIndex);
        }
        function adjustOptimisticFromFailures(tblCache, req, res) {
          if (res.numFailures === 0)
            return req;
          if (req.type === "deleteRange") {
            return null;
          }
          var numBulkOps = req.keys ? req.keys.length : "values" in req && req.values ? req.values.length : 1;
          if (res.numFailures === numBulkOps) {
            return null;
          }
          var clone2 = __assign({}, req);
          if (isArray(clone2.keys)) {
            clone2.keys = clone2.keys.filter(function(_, i) {
              return !(i in res.failures);
            });
          }
          if ("values" in clone2 && isArray(clone2.values)) {
            clone2.values = clone2.values.filter(function(_, i) {
              return !(i in res.failures);
            });
          }
          return clone2;
        }
        function isAboveLower(key, range) {
          return range.lower === void 0 ? true : range.lowerOpen ? cmp2(key, range.lower) > 0 : cmp2(key, range.lower) >= 0;
        }
        function isBelowUpper(key, range) {
          return range.upper === void 0 ? true : range.upperOpen ? cmp2(key, range.upper) < 0 : cmp2(key, range.upper) <= 0;
        }
        function isWithinRange(key, range) {
          return isAboveLower(key, range) && isBelowUpper(key, range);
        }
        function applyOptimisticOps(result2, req, ops, table, cacheEntry, immutable) {
          if (!ops || ops.length === 0)
            return result2;
          var index = req.query.index;
          var multiEntry = index.multiEntry;
          var queryRange = req.query.range;
          var primaryKey = table.schema.primaryKey;
          var extractPrimKey = primaryKey.extractKey;
          var extractIndex = index.extractKey;
          var extractLowLevelIndex = (index.lowLevelIndex || index).extractKey;
          var finalResult = ops.reduce(function(result3, op) {
            var modifedResult = result3;
            var includedValues = [];
            if (op.type === "add" || op.type === "put") {
              var includedPKs = new RangeSet2();
              for (var i = op.values.length - 1; i >= 0; --i) {
                var value = op.values[i];
                var pk = extractPrimKey(value);
                if (includedPKs.hasKey(pk))
                  continue;
                var key = extractIndex(value);
                if (multiEntry && isArray(key) ? key.some(function(k) {
                  return isWithinRange(k, queryRange);
                }) : isWithinRange(key, queryRange)) {
                  includedPKs.addKey(pk);
                  includedValues.push(value);
                }
              }
            }
            switch (op.type) {
              case "add": {
                var existingKeys_1 = new RangeSet2().addKeys(req.values ? result3.map(function(v) {
                  return extractPrimKey(v);
                }) : result3);
                modifedResult = result3.concat(req.values ? includedValues.filter(function(v) {
                  var key2 = extractPrimKey(v);
                  if (existingKeys_1.hasKey(key2))
                    return false;
                  existingKeys_1.addKey(key2);
                  return true;
                }) : includedValues.map(function(v) {
                  return extractPrimKey(v);
                }).filter(function(k) {
                  if (existingKeys_1.hasKey(k))
                    return false;
                  existingKeys_1.addKey(k);
                  return true;
                }));
                break;
              }
              case "put": {
                var keySet_1 = new RangeSet2().addKeys(op.values.map(function(v) {
                  return extractPrimKey(v);
                }));
                modifedResult = result3.filter(
                  function(item) {
                    return !keySet_1.hasKey(req.values ? extractPrimKey(item) : item);
                  }
                ).concat(
                  req.values ? includedValues : includedValues.map(function(v) {
                    return extractPrimKey(v);
                  })
                );
                break;
              }
              case "delete":
                var keysToDelete_1 = new RangeSet2().addKeys(op.keys);
                modifedResult = result3.filter(function(item) {
                  return !keysToDelete_1.hasKey(req.values ? extractPrimKey(item) : item);
                });
                break;
              case "deleteRange":
                var range_1 = op.range;
                modifedResult = result3.filter(function(item) {
                  return !isWithinRange(extractPrimKey(item), range_1);
                });
                break;
            }
            return modifedResult;
          }, result2);
          if (finalResult === result2)
            return result2;
          var sorter = function(a, b) {
            return cmp2(extractLowLevelIndex(a), extractLowLevelIndex(b)) || cmp2(extractPrimKey(a), extractPrimKey(b));
          };
          finalResult.sort(req.direction === "prev" || req.direction === "prevunique" ? function(a, b) {
            return sorter(b, a);
          } : sorter);
          if (req.limit && req.limit < Infinity) {
            if (finalResult.length > req.limit) {
              finalResult.length = req.limit;
            } else if (result2.length === req.limit && finalResult.length < req.limit) {
              cacheEntry.dirty = true;
            }
          }
          return immutable ? Object.freeze(finalResult) : finalResult;
        }
        function areRangesEqual(r1, r2) {
          return cmp2(r1.lower, r2.lower) === 0 && cmp2(r1.upper, r2.upper) === 0 && !!r1.lowerOpen === !!r2.lowerOpen && !!r1.upperOpen === !!r2.upperOpen;
        }
        function compareLowers(lower1, lower2, lowerOpen1, lowerOpen2) {
          if (lower1 === void 0)
            return lower2 !== void 0 ? -1 : 0;
          if (lower2 === void 0)
            return 1;
          var c = cmp2(lower1, lower2);
          if (c === 0) {
            if (lowerOpen1 && lowerOpen2)
              return 0;
            if (lowerOpen1)
              return 1;
            if (lowerOpen2)
              return -1;
          }
          return c;
        }
        function compareUppers(upper1, upper2, upperOpen1, upperOpen2) {
          if (upper1 === void 0)
            return upper2 !== void 0 ? 1 : 0;
          if (upper2 === void 0)
            return -1;
          var c = cmp2(upper1, upper2);
          if (c === 0) {
            if (upperOpen1 && upperOpen2)
              return 0;
            if (upperOpen1)
              return -1;
            if (upperOpen2)
              return 1;
          }
          return c;
        }
        function isSuperRange(r1, r2) {
          return compareLowers(r1.lower, r2.lower, r1.lowerOpen, r2.lowerOpen) <= 0 && compareUppers(r1.upper, r2.upper, r1.upperOpen, r2.upperOpen) >= 0;
        }
        function findCompatibleQuery(dbName, tableName, type2, req) {
          var _a3;
          var tblCache = cache2["idb://".concat(dbName, "/").concat(tableName)];
          if (!tblCache)
            return [];
          var queries = tblCache.queries[type2];
          if (!queries)
            return [null, false, tblCache, null];
          var indexName = req.query ? req.query.index.name : null;
          var entries = queries[indexName || ""];
          if (!entries)
            return [null, false, tblCache, null];
          switch (type2) {
            case "query":
              var reqDirection_1 = (_a3 = req.direction) !== null && _a3 !== void 0 ? _a3 : "next";
              var equalEntry = entries.find(function(entry) {
                var _a4;
                return entry.req.limit === req.limit && entry.req.values === req.values && ((_a4 = entry.req.direction) !== null && _a4 !== void 0 ? _a4 : "next") === reqDirection_1 && areRangesEqual(entry.req.query.range, req.query.range);
              });
              if (equalEntry)
                return [
                  equalEntry,
                  true,
                  tblCache,
                  entries
                ];
              var superEntry = entries.find(function(entry) {
                var _a4;
                var limit = "limit" in entry.req ? entry.req.limit : Infinity;
                return limit >= req.limit && ((_a4 = entry.req.direction) !== null && _a4 !== void 0 ? _a4 : "next") === reqDirection_1 && (req.values ? entry.req.values : true) && isSuperRange(entry.req.query.range, req.query.range);
              });
              return [superEntry, false, tblCache, entries];
            case "count":
              var countQuery = entries.find(function(entry) {
                return areRangesEqual(entry.req.query.range, req.query.range);
              });
              return [countQuery, !!countQuery, tblCache, entries];
          }
        }
        function subscribeToCacheEntry(cacheEntry, container, requery, signal) {
          cacheEntry.subscribers.add(requery);
          signal.addEventListener("abort", function() {
            cacheEntry.subscribers.delete(requery);
            if (cacheEntry.subscribers.size === 0) {
              enqueForDeletion(cacheEntry, container);
            }
          });
        }
        function enqueForDeletion(cacheEntry, container) {
          setTimeout(function() {
            if (cacheEntry.subscribers.size === 0) {
              delArrayItem(container, cacheEntry);
            }
          }, 3e3);
        }
        var cacheMiddleware = {
          stack: "dbcore",
          level: 0,
          name: "Cache",
          create: function(core) {
            var dbName = core.schema.name;
            var coreMW = __assign(__assign({}, core), { transaction: function(stores, mode, options) {
              var idbtrans = core.transaction(stores, mode, options);
              if (mode === "readwrite") {
                var ac_1 = new AbortController();
                var signal = ac_1.signal;
                var endTransaction = function(wasCommitted) {
                  return function() {
                    ac_1.abort();
                    if (mode === "readwrite") {
                      var affectedSubscribers_1 = /* @__PURE__ */ new Set();
                      for (var _i = 0, stores_1 = stores; _i < stores_1.length; _i++) {
                        var storeName = stores_1[_i];
                        var tblCache = cache2["idb://".concat(dbName, "/").concat(storeName)];
                        if (tblCache) {
                          var table = core.table(storeName);
                          var ops = tblCache.optimisticOps.filter(function(op) {
                            return op.trans === idbtrans;
                          });
                          if (idbtrans._explicit && wasCommitted && idbtrans.mutatedParts) {
                            for (var _a3 = 0, _b = Object.values(tblCache.queries.query); _a3 < _b.length; _a3++) {
                              var entries = _b[_a3];
                              for (var _c = 0, _d = entries.slice(); _c < _d.length; _c++) {
                                var entry = _d[_c];
                                if (obsSetsOverlap(entry.obsSet, idbtrans.mutatedParts)) {
                                  delArrayItem(entries, entry);
                                  entry.subscribers.forEach(function(requery) {
                                    return affectedSubscribers_1.add(requery);
                                  });
                                }
                              }
                            }
                          } else if (ops.length > 0) {
                            tblCache.optimisticOps = tblCache.optimisticOps.filter(function(op) {
                              return op.trans !== idbtrans;
                            });
                            for (var _e = 0, _f = Object.values(tblCache.queries.query); _e < _f.length; _e++) {
                              var entries = _f[_e];
                              for (var _g = 0, _h = entries.slice(); _g < _h.length; _g++) {
                                var entry = _h[_g];
                                if (entry.res != null && idbtrans.mutatedParts) {
                                  if (wasCommitted && !entry.dirty) {
                                    var freezeResults = Object.isFrozen(entry.res);
                                    var modRes = applyOptimisticOps(entry.res, entry.req, ops, table, entry, freezeResults);
                                    if (entry.dirty) {
                                      delArrayItem(entries, entry);
                                      entry.subscribers.forEach(function(requery) {
                                        return affectedSubscribers_1.add(requery);
                                      });
                                    } else if (modRes !== entry.res) {
                                      entry.res = modRes;
                                      entry.promise = DexiePromise.resolve({
                                        result: modRes
                                      });
                                    }
                                  } else {
                                    if (entry.dirty) {
                                      delArrayItem(entries, entry);
                                    }
                                    entry.subscribers.forEach(function(requery) {
                                      return affectedSubscribers_1.add(requery);
                                    });
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                      affectedSubscribers_1.forEach(function(requery) {
                        return requery();
                      });
                    }
                  };
                };
                idbtrans.addEventListener("abort", endTransaction(false), {
                  signal
                });
                idbtrans.addEventListener("error", endTransaction(false), {
                  signal
                });
                idbtrans.addEventListener("complete", endTransaction(true), {
                  signal
                });
              }
              return idbtrans;
            }, table: function(tableName) {
              var downTable = core.table(tableName);
              var primKey = downTable.schema.primaryKey;
              var tableMW = __assign(__assign({}, downTable), { mutate: function(req) {
                var trans = PSD.trans;
                if (primKey.outbound || trans.db._options.cache === "disabled" || trans.explicit || trans.idbtrans.mode !== "readwrite") {
                  return downTable.mutate(req);
                }
                var tblCache = cache2["idb://".concat(dbName, "/").concat(tableName)];
                if (!tblCache)
                  return downTable.mutate(req);
                var promise = downTable.mutate(req);
                if ((req.type === "add" || req.type === "put") && (req.values.length >= 50 || getEffectiveKeys(primKey, req).some(function(key) {
                  return key == null;
                }))) {
                  promise.then(function(res) {
                    var reqWithResolvedKeys = __assign(__assign({}, req), { values: req.values.map(function(value, i) {
                      var _a3;
                      if (res.failures[i])
                        return value;
                      var valueWithKey = ((_a3 = primKey.keyPath) === null || _a3 === void 0 ? void 0 : _a3.includes(".")) ? deepClone(value) : __assign({}, value);
                      setByKeyPath(valueWithKey, primKey.keyPath, res.results[i]);
                      return valueWithKey;
                    }) });
                    var adjustedReq = adjustOptimisticFromFailures(tblCache, reqWithResolvedKeys, res);
                    tblCache.optimisticOps.push(adjustedReq);
                    queueMicrotask(function() {
                      return req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
                    });
                  });
                } else {
                  tblCache.optimisticOps.push(req);
                  req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
                  promise.then(function(res) {
                    if (res.numFailures > 0) {
                      delArrayItem(tblCache.optimisticOps, req);
                      var adjustedReq = adjustOptimisticFromFailures(tblCache, req, res);
                      if (adjustedReq) {
                        tblCache.optimisticOps.push(adjustedReq);
                      }
                      req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
                    }
                  });
                  promise.catch(function() {
                    delArrayItem(tblCache.optimisticOps, req);
                    req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
                  });
                }
                return promise;
              }, query: function(req) {
                var _a3;
                if (!isCachableContext(PSD, downTable) || !isCachableRequest("query", req))
                  return downTable.query(req);
                var freezeResults = ((_a3 = PSD.trans) === null || _a3 === void 0 ? void 0 : _a3.db._options.cache) === "immutable";
                var _b = PSD, requery = _b.requery, signal = _b.signal;
                var _c = findCompatibleQuery(dbName, tableName, "query", req), cacheEntry = _c[0], exactMatch = _c[1], tblCache = _c[2], container = _c[3];
                if (cacheEntry && exactMatch) {
                  cacheEntry.obsSet = req.obsSet;
                } else {
                  var promise = downTable.query(req).then(function(res) {
                    var result2 = res.result;
                    if (cacheEntry)
                      cacheEntry.res = result2;
                    if (freezeResults) {
                      for (var i = 0, l = result2.length; i < l; ++i) {
                        Object.freeze(result2[i]);
                      }
                      Object.freeze(result2);
                    }
                    return res;
                  }).catch(function(error2) {
                    if (container && cacheEntry)
                      delArrayItem(container, cacheEntry);
                    return Promise.reject(error2);
                  });
                  cacheEntry = {
                    obsSet: req.obsSet,
                    promise,
                    subscribers: /* @__PURE__ */ new Set(),
                    type: "query",
                    req,
                    dirty: false
                  };
                  if (container) {
                    container.push(cacheEntry);
                  } else {
                    container = [cacheEntry];
                    if (!tblCache) {
                      tblCache = cache2["idb://".concat(dbName, "/").concat(tableName)] = {
                        queries: {
                          query: {},
                          count: {}
                        },
                        objs: /* @__PURE__ */ new Map(),
                        optimisticOps: [],
                        unsignaledParts: {}
                      };
                    }
                    tblCache.queries.query[req.query.index.name || ""] = container;
                  }
                }
                subscribeToCacheEntry(cacheEntry, container, requery, signal);
                return cacheEntry.promise.then(function(res) {
                  var result2 = applyOptimisticOps(res.result, req, tblCache === null || tblCache === void 0 ? void 0 : tblCache.optimisticOps, downTable, cacheEntry, freezeResults);
                  return {
                    result: freezeResults ? result2 : deepClone(result2)
                  };
                });
              } });
              return tableMW;
            } });
            return coreMW;
          }
        };
        function vipify(target, vipDb) {
          return new Proxy(target, {
            get: function(target2, prop, receiver) {
              if (prop === "db")
                return vipDb;
              return Reflect.get(target2, prop, receiver);
            }
          });
        }
        var Dexie$1 = (function() {
          function Dexie3(name, options) {
            var _this = this;
            this._middlewares = {};
            this.verno = 0;
            var deps = Dexie3.dependencies;
            this._options = options = __assign({
              addons: Dexie3.addons,
              autoOpen: true,
              indexedDB: deps.indexedDB,
              IDBKeyRange: deps.IDBKeyRange,
              cache: "cloned",
              maxConnections: DEFAULT_MAX_CONNECTIONS
            }, options);
            this._deps = {
              indexedDB: options.indexedDB,
              IDBKeyRange: options.IDBKeyRange
            };
            var addons = options.addons;
            this._dbSchema = {};
            this._versions = [];
            this._storeNames = [];
            this._allTables = {};
            this.idbdb = null;
            this._novip = this;
            var state = {
              dbOpenError: null,
              isBeingOpened: false,
              onReadyBeingFired: null,
              openComplete: false,
              dbReadyResolve: nop,
              dbReadyPromise: null,
              cancelOpen: nop,
              openCanceller: null,
              autoSchema: true,
              PR1398_maxLoop: 3,
              autoOpen: options.autoOpen
            };
            state.dbReadyPromise = new DexiePromise(function(resolve) {
              state.dbReadyResolve = resolve;
            });
            state.openCanceller = new DexiePromise(function(_, reject) {
              state.cancelOpen = reject;
            });
            this._state = state;
            this.name = name;
            this.on = Events(this, "populate", "blocked", "versionchange", "close", {
              ready: [promisableChain, nop]
            });
            this.once = function(event, callback) {
              var fn = function() {
                var args = [];
                for (var _i = 0; _i < arguments.length; _i++) {
                  args[_i] = arguments[_i];
                }
                _this.on(event).unsubscribe(fn);
                callback.apply(_this, args);
              };
              return _this.on(event, fn);
            };
            this.on.ready.subscribe = override(this.on.ready.subscribe, function(subscribe) {
              return function(subscriber, bSticky) {
                Dexie3.vip(function() {
                  var state2 = _this._state;
                  if (state2.openComplete) {
                    if (!state2.dbOpenError)
                      DexiePromise.resolve().then(subscriber);
                    if (bSticky)
                      subscribe(subscriber);
                  } else if (state2.onReadyBeingFired) {
                    state2.onReadyBeingFired.push(subscriber);
                    if (bSticky)
                      subscribe(subscriber);
                  } else {
                    subscribe(subscriber);
                    var db_1 = _this;
                    if (!bSticky)
                      subscribe(function unsubscribe() {
                        db_1.on.ready.unsubscribe(subscriber);
                        db_1.on.ready.unsubscribe(unsubscribe);
                      });
                  }
                });
              };
            });
            this.Collection = createCollectionConstructor(this);
            this.Table = createTableConstructor(this);
            this.Transaction = createTransactionConstructor(this);
            this.Version = createVersionConstructor(this);
            this.WhereClause = createWhereClauseConstructor(this);
            this.on("versionchange", function(ev) {
              if (ev.newVersion > 0)
                console.warn("Another connection wants to upgrade database '".concat(_this.name, "'. Closing db now to resume the upgrade."));
              else
                console.warn("Another connection wants to delete database '".concat(_this.name, "'. Closing db now to resume the delete request."));
              _this.close({ disableAutoOpen: false });
            });
            this.on("blocked", function(ev) {
              if (!ev.newVersion || ev.newVersion < ev.oldVersion)
                console.warn("Dexie.delete('".concat(_this.name, "') was blocked"));
              else
                console.warn("Upgrade '".concat(_this.name, "' blocked by other connection holding version ").concat(ev.oldVersion / 10));
            });
            this._maxKey = getMaxKey(options.IDBKeyRange);
            this._createTransaction = function(mode, storeNames, dbschema, parentTransaction) {
              return new _this.Transaction(mode, storeNames, dbschema, _this._options.chromeTransactionDurability, parentTransaction);
            };
            this._fireOnBlocked = function(ev) {
              _this.on("blocked").fire(ev);
              connections.toArray().filter(function(c) {
                return c.name === _this.name && c !== _this && !c._state.vcFired;
              }).map(function(c) {
                return c.on("versionchange").fire(ev);
              });
            };
            this.use(cacheExistingValuesMiddleware);
            this.use(cacheMiddleware);
            this.use(observabilityMiddleware);
            this.use(virtualIndexMiddleware);
            this.use(hooksMiddleware);
            var vipDB = new Proxy(this, {
              get: function(_, prop, receiver) {
                if (prop === "_vip")
                  return true;
                if (prop === "table")
                  return function(tableName) {
                    return vipify(_this.table(tableName), vipDB);
                  };
                var rv = Reflect.get(_, prop, receiver);
                if (rv instanceof Table)
                  return vipify(rv, vipDB);
                if (prop === "tables")
                  return rv.map(function(t) {
                    return vipify(t, vipDB);
                  });
                if (prop === "_createTransaction")
                  return function() {
                    var tx = rv.apply(this, arguments);
                    return vipify(tx, vipDB);
                  };
                return rv;
              }
            });
            this.vip = vipDB;
            addons.forEach(function(addon) {
              return addon(_this);
            });
          }
          Dexie3.prototype.version = function(versionNumber) {
            if (isNaN(versionNumber) || versionNumber < 0.1)
              throw new exceptions.Type("Given version is not a positive number");
            versionNumber = Math.round(versionNumber * 10) / 10;
            if (this.idbdb || this._state.isBeingOpened)
              throw new exceptions.Schema("Cannot add version when database is open");
            this.verno = Math.max(this.verno, versionNumber);
            var versions = this._versions;
            var versionInstance = versions.filter(function(v) {
              return v._cfg.version === versionNumber;
            })[0];
            if (versionInstance)
              return versionInstance;
            versionInstance = new this.Version(versionNumber);
            versions.push(versionInstance);
            versions.sort(lowerVersionFirst);
            versionInstance.stores({});
            this._state.autoSchema = false;
            return versionInstance;
          };
          Dexie3.prototype._whenReady = function(fn) {
            var _this = this;
            return this.idbdb && (this._state.openComplete || PSD.letThrough || this._vip) ? fn() : new DexiePromise(function(resolve, reject) {
              if (_this._state.openComplete) {
                return reject(new exceptions.DatabaseClosed(_this._state.dbOpenError));
              }
              if (!_this._state.isBeingOpened) {
                if (!_this._state.autoOpen) {
                  reject(new exceptions.DatabaseClosed());
                  return;
                }
                _this.open().catch(nop);
              }
              _this._state.dbReadyPromise.then(resolve, reject);
            }).then(fn);
          };
          Dexie3.prototype.use = function(_a3) {
            var stack = _a3.stack, create2 = _a3.create, level = _a3.level, name = _a3.name;
            if (name)
              this.unuse({ stack, name });
            var middlewares = this._middlewares[stack] || (this._middlewares[stack] = []);
            middlewares.push({
              stack,
              create: create2,
              level: level == null ? 10 : level,
              name
            });
            middlewares.sort(function(a, b) {
              return a.level - b.level;
            });
            return this;
          };
          Dexie3.prototype.unuse = function(_a3) {
            var stack = _a3.stack, name = _a3.name, create2 = _a3.create;
            if (stack && this._middlewares[stack]) {
              this._middlewares[stack] = this._middlewares[stack].filter(function(mw) {
                return create2 ? mw.create !== create2 : name ? mw.name !== name : false;
              });
            }
            return this;
          };
          Dexie3.prototype.open = function() {
            var _this = this;
            return usePSD(
              globalPSD,
              function() {
                return dexieOpen(_this);
              }
            );
          };
          Dexie3.prototype._close = function() {
            this.on.close.fire(new CustomEvent("close"));
            var state = this._state;
            connections.remove(this);
            if (this.idbdb) {
              try {
                this.idbdb.close();
              } catch (e) {
              }
              this.idbdb = null;
            }
            if (!state.isBeingOpened) {
              state.dbReadyPromise = new DexiePromise(function(resolve) {
                state.dbReadyResolve = resolve;
              });
              state.openCanceller = new DexiePromise(function(_, reject) {
                state.cancelOpen = reject;
              });
            }
          };
          Dexie3.prototype.close = function(_a3) {
            var _b = _a3 === void 0 ? { disableAutoOpen: true } : _a3, disableAutoOpen = _b.disableAutoOpen;
            var state = this._state;
            if (disableAutoOpen) {
              if (state.isBeingOpened) {
                state.cancelOpen(new exceptions.DatabaseClosed());
              }
              this._close();
              state.autoOpen = false;
              state.dbOpenError = new exceptions.DatabaseClosed();
            } else {
              this._close();
              state.autoOpen = this._options.autoOpen || state.isBeingOpened;
              state.openComplete = false;
              state.dbOpenError = null;
            }
          };
          Dexie3.prototype.delete = function(closeOptions) {
            var _this = this;
            if (closeOptions === void 0) {
              closeOptions = { disableAutoOpen: true };
            }
            var hasInvalidArguments = arguments.length > 0 && typeof arguments[0] !== "object";
            var state = this._state;
            return new DexiePromise(function(resolve, reject) {
              var doDelete = function() {
                _this.close(closeOptions);
                var req = _this._deps.indexedDB.deleteDatabase(_this.name);
                req.onsuccess = wrap(function() {
                  _onDatabaseDeleted(_this._deps, _this.name);
                  resolve();
                });
                req.onerror = eventRejectHandler(reject);
                req.onblocked = _this._fireOnBlocked;
              };
              if (hasInvalidArguments)
                throw new exceptions.InvalidArgument("Invalid closeOptions argument to db.delete()");
              if (state.isBeingOpened) {
                state.dbReadyPromise.then(doDelete);
              } else {
                doDelete();
              }
            });
          };
          Dexie3.prototype.backendDB = function() {
            return this.idbdb;
          };
          Dexie3.prototype.isOpen = function() {
            return this.idbdb !== null;
          };
          Dexie3.prototype.hasBeenClosed = function() {
            var dbOpenError = this._state.dbOpenError;
            return dbOpenError && dbOpenError.name === "DatabaseClosedError";
          };
          Dexie3.prototype.hasFailed = function() {
            return this._state.dbOpenError !== null;
          };
          Dexie3.prototype.dynamicallyOpened = function() {
            return this._state.autoSchema;
          };
          Object.defineProperty(Dexie3.prototype, "tables", {
            get: function() {
              var _this = this;
              return keys(this._allTables).map(function(name) {
                return _this._allTables[name];
              });
            },
            enumerable: false,
            configurable: true
          });
          Dexie3.prototype.transaction = function() {
            var args = extractTransactionArgs.apply(this, arguments);
            return this._transaction.apply(this, args);
          };
          Dexie3.prototype._transaction = function(mode, tables, scopeFunc) {
            var _this = this;
            var parentTransaction = PSD.trans;
            if (!parentTransaction || parentTransaction.db !== this || mode.indexOf("!") !== -1)
              parentTransaction = null;
            var onlyIfCompatible = mode.indexOf("?") !== -1;
            mode = mode.replace("!", "").replace("?", "");
            var idbMode, storeNames;
            try {
              storeNames = tables.map(function(table) {
                var storeName = table instanceof _this.Table ? table.name : table;
                if (typeof storeName !== "string")
                  throw new TypeError("Invalid table argument to Dexie.transaction(). Only Table or String are allowed");
                return storeName;
              });
              if (mode == "r" || mode === READONLY)
                idbMode = READONLY;
              else if (mode == "rw" || mode == READWRITE)
                idbMode = READWRITE;
              else
                throw new exceptions.InvalidArgument("Invalid transaction mode: " + mode);
              if (parentTransaction) {
                if (parentTransaction.mode === READONLY && idbMode === READWRITE) {
                  if (onlyIfCompatible) {
                    parentTransaction = null;
                  } else
                    throw new exceptions.SubTransaction("Cannot enter a sub-transaction with READWRITE mode when parent transaction is READONLY");
                }
                if (parentTransaction) {
                  storeNames.forEach(function(storeName) {
                    if (parentTransaction && parentTransaction.storeNames.indexOf(storeName) === -1) {
                      if (onlyIfCompatible) {
                        parentTransaction = null;
                      } else
                        throw new exceptions.SubTransaction("Table " + storeName + " not included in parent transaction.");
                    }
                  });
                }
                if (onlyIfCompatible && parentTransaction && !parentTransaction.active) {
                  parentTransaction = null;
                }
              }
            } catch (e) {
              return parentTransaction ? parentTransaction._promise(null, function(_, reject) {
                reject(e);
              }) : rejection(e);
            }
            var enterTransaction = enterTransactionScope.bind(null, this, idbMode, storeNames, parentTransaction, scopeFunc);
            return parentTransaction ? parentTransaction._promise(idbMode, enterTransaction, "lock") : PSD.trans ? usePSD(PSD.transless, function() {
              return _this._whenReady(enterTransaction);
            }) : this._whenReady(enterTransaction);
          };
          Dexie3.prototype.table = function(tableName) {
            if (!hasOwn(this._allTables, tableName)) {
              throw new exceptions.InvalidTable("Table ".concat(tableName, " does not exist"));
            }
            return this._allTables[tableName];
          };
          return Dexie3;
        })();
        var symbolObservable = typeof Symbol !== "undefined" && "observable" in Symbol ? Symbol.observable : "@@observable";
        var Observable = (function() {
          function Observable2(subscribe) {
            this._subscribe = subscribe;
          }
          Observable2.prototype.subscribe = function(x, error2, complete) {
            return this._subscribe(!x || typeof x === "function" ? { next: x, error: error2, complete } : x);
          };
          Observable2.prototype[symbolObservable] = function() {
            return this;
          };
          return Observable2;
        })();
        var domDeps;
        try {
          domDeps = {
            indexedDB: _global.indexedDB || _global.mozIndexedDB || _global.webkitIndexedDB || _global.msIndexedDB,
            IDBKeyRange: _global.IDBKeyRange || _global.webkitIDBKeyRange
          };
        } catch (e) {
          domDeps = { indexedDB: null, IDBKeyRange: null };
        }
        function liveQuery2(querier) {
          var hasValue = false;
          var currentValue;
          var observable = new Observable(function(observer) {
            var scopeFuncIsAsync = isAsyncFunction(querier);
            function execute(ctx) {
              var wasRootExec = beginMicroTickScope();
              try {
                if (scopeFuncIsAsync) {
                  incrementExpectedAwaits();
                }
                var rv = newScope(querier, ctx);
                if (scopeFuncIsAsync) {
                  rv = rv.finally(decrementExpectedAwaits);
                }
                return rv;
              } finally {
                wasRootExec && endMicroTickScope();
              }
            }
            var closed = false;
            var abortController;
            var accumMuts = {};
            var currentObs = {};
            var subscription = {
              get closed() {
                return closed;
              },
              unsubscribe: function() {
                if (closed)
                  return;
                closed = true;
                if (abortController)
                  abortController.abort();
                if (startedListening)
                  globalEvents.storagemutated.unsubscribe(mutationListener);
              }
            };
            observer.start && observer.start(subscription);
            var startedListening = false;
            var doQuery = function() {
              return execInGlobalContext(_doQuery);
            };
            function shouldNotify() {
              return obsSetsOverlap(currentObs, accumMuts);
            }
            var mutationListener = function(parts) {
              extendObservabilitySet(accumMuts, parts);
              if (shouldNotify()) {
                doQuery();
              }
            };
            var _doQuery = function() {
              if (closed || !domDeps.indexedDB) {
                return;
              }
              accumMuts = {};
              var subscr = {};
              if (abortController)
                abortController.abort();
              abortController = new AbortController();
              var ctx = {
                subscr,
                signal: abortController.signal,
                requery: doQuery,
                querier,
                trans: null
              };
              var ret = execute(ctx);
              if (!startedListening) {
                globalEvents.storagemutated.subscribe(mutationListener);
                startedListening = true;
              }
              Promise.resolve(ret).then(function(result2) {
                hasValue = true;
                currentValue = result2;
                if (closed || ctx.signal.aborted) {
                  return;
                }
                if (shouldNotify()) {
                  doQuery();
                } else {
                  currentObs = subscr;
                  if (shouldNotify()) {
                    doQuery();
                  } else {
                    accumMuts = {};
                    execInGlobalContext(function() {
                      return !closed && observer.next && observer.next(result2);
                    });
                  }
                }
              }, function(err) {
                if (closed || ctx.signal.aborted) {
                  return;
                }
                hasValue = false;
                if (!["DatabaseClosedError", "AbortError"].includes(err === null || err === void 0 ? void 0 : err.name)) {
                  if (!closed)
                    execInGlobalContext(function() {
                      if (closed)
                        return;
                      observer.error && observer.error(err);
                    });
                }
              });
            };
            setTimeout(doQuery, 0);
            return subscription;
          });
          observable.hasValue = function() {
            return hasValue;
          };
          observable.getValue = function() {
            return currentValue;
          };
          return observable;
        }
        var Dexie2 = Dexie$1;
        props(Dexie2, __assign(__assign({}, fullNameExceptions), {
          delete: function(databaseName) {
            var db2 = new Dexie2(databaseName, { addons: [] });
            return db2.delete();
          },
          exists: function(name) {
            return new Dexie2(name, { addons: [] }).open().then(function(db2) {
              db2.close();
              return true;
            }).catch("NoSuchDatabaseError", function() {
              return false;
            });
          },
          getDatabaseNames: function(cb) {
            try {
              return getDatabaseNames(Dexie2.dependencies).then(cb);
            } catch (_a3) {
              return rejection(new exceptions.MissingAPI());
            }
          },
          defineClass: function() {
            function Class(content) {
              extend2(this, content);
            }
            return Class;
          },
          ignoreTransaction: function(scopeFunc) {
            return PSD.trans ? usePSD(PSD.transless || globalPSD, scopeFunc) : scopeFunc();
          },
          vip,
          async: function(generatorFn) {
            return function() {
              try {
                var rv = awaitIterator(generatorFn.apply(this, arguments));
                if (!rv || typeof rv.then !== "function")
                  return DexiePromise.resolve(rv);
                return rv;
              } catch (e) {
                return rejection(e);
              }
            };
          },
          spawn: function(generatorFn, args, thiz) {
            try {
              var rv = awaitIterator(generatorFn.apply(thiz, args || []));
              if (!rv || typeof rv.then !== "function")
                return DexiePromise.resolve(rv);
              return rv;
            } catch (e) {
              return rejection(e);
            }
          },
          currentTransaction: {
            get: function() {
              return PSD.trans || null;
            }
          },
          waitFor: function(promiseOrFunction, optionalTimeout) {
            var promise = DexiePromise.resolve(typeof promiseOrFunction === "function" ? Dexie2.ignoreTransaction(promiseOrFunction) : promiseOrFunction).timeout(optionalTimeout || 6e4);
            return PSD.trans ? PSD.trans.waitFor(promise) : promise;
          },
          Promise: DexiePromise,
          debug: {
            get: function() {
              return debug;
            },
            set: function(value) {
              setDebug(value);
            }
          },
          derive,
          extend: extend2,
          props,
          override,
          Events,
          on: globalEvents,
          liveQuery: liveQuery2,
          extendObservabilitySet,
          getByKeyPath,
          setByKeyPath,
          delByKeyPath,
          shallowClone: shallowClone2,
          deepClone,
          getObjectDiff,
          cmp: cmp2,
          asap: asap$1,
          minKey,
          addons: [],
          connections: {
            get: connections.toArray
          },
          errnames,
          dependencies: domDeps,
          cache: cache2,
          semVer: DEXIE_VERSION,
          version: DEXIE_VERSION.split(".").map(function(n2) {
            return parseInt(n2);
          }).reduce(function(p, c, i) {
            return p + c / Math.pow(10, i * 2);
          })
        }));
        Dexie2.maxKey = getMaxKey(Dexie2.dependencies.IDBKeyRange);
        if (typeof dispatchEvent !== "undefined" && typeof addEventListener !== "undefined") {
          globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(updatedParts) {
            if (!propagatingLocally) {
              var event_1;
              event_1 = new CustomEvent(STORAGE_MUTATED_DOM_EVENT_NAME, {
                detail: updatedParts
              });
              propagatingLocally = true;
              dispatchEvent(event_1);
              propagatingLocally = false;
            }
          });
          addEventListener(STORAGE_MUTATED_DOM_EVENT_NAME, function(_a3) {
            var detail = _a3.detail;
            if (!propagatingLocally) {
              propagateLocally(detail);
            }
          });
        }
        function propagateLocally(updateParts) {
          var wasMe = propagatingLocally;
          try {
            propagatingLocally = true;
            globalEvents.storagemutated.fire(updateParts);
            signalSubscribersNow(updateParts, true);
          } finally {
            propagatingLocally = wasMe;
          }
        }
        var propagatingLocally = false;
        var bc;
        var createBC = function() {
        };
        if (typeof BroadcastChannel !== "undefined") {
          createBC = function() {
            bc = new BroadcastChannel(STORAGE_MUTATED_DOM_EVENT_NAME);
            bc.onmessage = function(ev) {
              return ev.data && propagateLocally(ev.data);
            };
          };
          createBC();
          if (typeof bc.unref === "function") {
            bc.unref();
          }
          globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(changedParts) {
            if (!propagatingLocally) {
              bc.postMessage(changedParts);
            }
          });
        }
        if (typeof addEventListener !== "undefined") {
          addEventListener("pagehide", function(event) {
            if (!Dexie$1.disableBfCache && event.persisted) {
              if (debug)
                console.debug("Dexie: handling persisted pagehide");
              bc === null || bc === void 0 ? void 0 : bc.close();
              for (var _i = 0, _a3 = connections.toArray(); _i < _a3.length; _i++) {
                var db2 = _a3[_i];
                db2.close({ disableAutoOpen: false });
              }
            }
          });
          addEventListener("pageshow", function(event) {
            if (!Dexie$1.disableBfCache && event.persisted) {
              if (debug)
                console.debug("Dexie: handling persisted pageshow");
              createBC();
              propagateLocally({ all: new RangeSet2(-Infinity, [[]]) });
            }
          });
        }
        function add2(value) {
          return new PropModification2({ add: value });
        }
        function remove2(value) {
          return new PropModification2({ remove: value });
        }
        function replacePrefix2(a, b) {
          return new PropModification2({ replacePrefix: [a, b] });
        }
        DexiePromise.rejectionMapper = mapError;
        setDebug(debug);
        var namedExports = /* @__PURE__ */ Object.freeze({
          __proto__: null,
          DEFAULT_MAX_CONNECTIONS,
          Dexie: Dexie$1,
          Entity: Entity2,
          PropModification: PropModification2,
          RangeSet: RangeSet2,
          add: add2,
          cmp: cmp2,
          default: Dexie$1,
          liveQuery: liveQuery2,
          mergeRanges: mergeRanges2,
          rangesOverlap: rangesOverlap2,
          remove: remove2,
          replacePrefix: replacePrefix2
        });
        __assign(Dexie$1, namedExports, { default: Dexie$1 });
        return Dexie$1;
      }));
    })(dexie$1);
    return dexie$1.exports;
  }
  var dexieExports = requireDexie();
  const _Dexie = /* @__PURE__ */ getDefaultExportFromCjs(dexieExports);
  const DexieSymbol = /* @__PURE__ */ Symbol.for("Dexie");
  const Dexie = globalThis[DexieSymbol] || (globalThis[DexieSymbol] = _Dexie);
  if (_Dexie.semVer !== Dexie.semVer) {
    throw new Error(`Two different versions of Dexie loaded in the same app: ${_Dexie.semVer} and ${Dexie.semVer}`);
  }
  const {
    liveQuery,
    mergeRanges,
    rangesOverlap,
    RangeSet,
    cmp,
    Entity,
    PropModification,
    replacePrefix,
    add,
    remove,
    DexieYProvider
  } = Dexie;
  const DB_NAME = "lastmile-lens";
  const SCHEMA_V1 = {
    packages: "key, orderId, trackingNumber, lastCheckedAt",
    events: "[packageKey+eventKey], packageKey",
    pollCursor: "id",
    alerts: "[packageKey+riskCode], raisedAt",
    labelClicks: "orderId",
    quarantine: "++id, at"
  };
  const SCHEMA_V2 = {
    packages: "key, orderId, trackingNumber, [watched+lastCheckedAt], [watched+atRisk]",
    events: "[packageKey+eventKey], packageKey, [packageKey+at]",
    pollCursor: "id",
    alerts: "[packageKey+riskCode], orderId, notified, raisedAt",
    labelClicks: "orderId",
    quarantine: "++id, at",
    meta: "key"
  };
  class LastmileDb extends Dexie {
    packages;
    events;
    pollCursor;
    alerts;
    labelClicks;
    quarantine;
    meta;
    constructor(name = DB_NAME, options) {
      super(name, options);
      this.version(1).stores(SCHEMA_V1);
      this.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
        await tx.table("packages").toCollection().modify((row) => {
          row.watched = row.watch ? 1 : 0;
          delete row.watch;
          row.lastCheckedAt = typeof row.lastCheckedAt === "number" ? row.lastCheckedAt : 0;
          const risks = Array.isArray(row.risks) ? row.risks : [];
          row.risks = risks;
          row.atRisk = risks.length > 0 ? 1 : 0;
        });
        await tx.table("alerts").toCollection().modify((row) => {
          row.notified = row.notified ? 1 : 0;
        });
      });
    }
  }
  async function openDb(name = DB_NAME, options) {
    const db2 = new LastmileDb(name, options);
    await db2.open();
    return db2;
  }
  function packageKeyOf(row) {
    return row.packageId ? `pkg:${row.packageId}` : `order:${row.orderId}`;
  }
  function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
  }
  function mergePackage(key, existing, incoming, now) {
    const merged = {
      watched: 1,
      lastCheckedAt: 0,
      risks: [],
      ...existing,
      ...withoutUndefined(incoming),
      key,
      orderId: incoming.orderId,
      atRisk: 0,
      updatedAt: now
    };
    merged.atRisk = merged.risks.length > 0 ? 1 : 0;
    return merged;
  }
  async function rekeyPlaceholder(db2, fromKey, toKey) {
    const placeholder = await db2.packages.get(fromKey);
    if (!placeholder) return void 0;
    const events = await db2.events.where("packageKey").equals(fromKey).toArray();
    await db2.events.bulkPut(events.map((e) => ({ ...e, packageKey: toKey })));
    await db2.events.where("packageKey").equals(fromKey).delete();
    const alerts = await db2.alerts.where("[packageKey+riskCode]").between([fromKey, Dexie.minKey], [fromKey, Dexie.maxKey]).toArray();
    await db2.alerts.bulkPut(alerts.map((a) => ({ ...a, packageKey: toKey })));
    await db2.alerts.bulkDelete(alerts.map((a) => [fromKey, a.riskCode]));
    await db2.packages.delete(fromKey);
    return { ...placeholder, key: toKey };
  }
  async function upsertPackages(db2, rows, now) {
    if (rows.length === 0) return { inserted: 0, updated: 0 };
    return db2.transaction("rw", db2.packages, db2.events, db2.alerts, async () => {
      const merged = /* @__PURE__ */ new Map();
      for (const row of rows) {
        const key = packageKeyOf(row);
        merged.set(key, { ...merged.get(key), ...withoutUndefined(row), orderId: row.orderId });
      }
      const keys = [...merged.keys()];
      const existingRows = await db2.packages.bulkGet(keys);
      let inserted = 0;
      let updated = 0;
      const out = [];
      for (const [i, key] of keys.entries()) {
        const row = merged.get(key);
        let existing = existingRows[i];
        if (!existing && row.packageId) existing = await rekeyPlaceholder(db2, packageKeyOf({ orderId: row.orderId }), key);
        out.push(mergePackage(key, existing, row, now));
        if (existing) updated += 1;
        else inserted += 1;
      }
      await db2.packages.bulkPut(out);
      return { inserted, updated };
    });
  }
  async function putPackages(db2, rows) {
    await db2.packages.bulkPut(rows.map((r) => ({ ...r, atRisk: r.risks.length > 0 ? 1 : 0 })));
  }
  async function getPackages(db2, keys) {
    const rows = await db2.packages.bulkGet(keys);
    return rows.filter((r) => r !== void 0);
  }
  async function listWatchedKeysOldestFirst(db2) {
    const keys = await db2.packages.where("[watched+lastCheckedAt]").between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys();
    return keys;
  }
  async function countWatched(db2) {
    return db2.packages.where("[watched+lastCheckedAt]").between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
  }
  async function countAtRisk(db2) {
    return db2.packages.where("[watched+atRisk]").equals([1, 1]).count();
  }
  async function addEventsOfPackages(db2, entries, storedAt) {
    const counts = new Map(entries.map((e) => [e.packageKey, 0]));
    const candidates = /* @__PURE__ */ new Map();
    for (const { packageKey, events } of entries) {
      for (const e of events) {
        const id = `${packageKey}\0${e.eventKey}`;
        if (!candidates.has(id)) candidates.set(id, { ...e, packageKey, storedAt });
      }
    }
    if (candidates.size === 0) return counts;
    const rows = [...candidates.values()];
    return db2.transaction("rw", db2.events, async () => {
      const existing = await db2.events.bulkGet(rows.map((r) => [r.packageKey, r.eventKey]));
      const fresh = rows.filter((_, i) => existing[i] === void 0);
      if (fresh.length > 0) await db2.events.bulkAdd(fresh);
      for (const row of fresh) counts.set(row.packageKey, (counts.get(row.packageKey) ?? 0) + 1);
      return counts;
    });
  }
  async function listEventsOfPackages(db2, packageKeys) {
    const rows = await db2.events.where("packageKey").anyOf(packageKeys).toArray();
    const grouped = new Map(packageKeys.map((k) => [k, []]));
    for (const row of rows) grouped.get(row.packageKey)?.push(row);
    for (const list of grouped.values()) list.sort((a, b) => a.at - b.at);
    return grouped;
  }
  function alertIdOf(alert) {
    return `lml-alert:${alert.packageKey}:${alert.riskCode}`;
  }
  async function raiseAlerts(db2, alerts) {
    const unique = /* @__PURE__ */ new Map();
    for (const a of alerts) {
      const id = `${a.packageKey}\0${a.riskCode}`;
      if (!unique.has(id)) unique.set(id, { ...a, notified: 0 });
    }
    if (unique.size === 0) return [];
    const rows = [...unique.values()];
    return db2.transaction("rw", db2.alerts, async () => {
      const existing = await db2.alerts.bulkGet(rows.map((r) => [r.packageKey, r.riskCode]));
      const fresh = rows.filter((_, i) => existing[i] === void 0);
      if (fresh.length > 0) await db2.alerts.bulkAdd(fresh);
      return fresh;
    });
  }
  async function listUnnotifiedAlerts(db2) {
    const rows = await db2.alerts.where("notified").equals(0).toArray();
    return rows.sort((a, b) => a.raisedAt - b.raisedAt);
  }
  async function markAlertNotified(db2, alert, at) {
    const changed = await db2.alerts.update([alert.packageKey, alert.riskCode], { notified: 1, notifiedAt: at });
    return changed > 0;
  }
  async function readPollCursor(db2) {
    return db2.pollCursor.get("current");
  }
  async function writePollCursor(db2, cursor) {
    await db2.pollCursor.put(cursor);
  }
  async function recordLabelClick(db2, orderId2, at) {
    return db2.transaction("rw", db2.labelClicks, async () => {
      const existing = await db2.labelClicks.get(orderId2);
      const next = existing ? {
        orderId: orderId2,
        firstClickAt: Math.min(existing.firstClickAt, at),
        lastClickAt: Math.max(existing.lastClickAt, at),
        clicks: existing.clicks + 1
      } : { orderId: orderId2, firstClickAt: at, lastClickAt: at, clicks: 1 };
      await db2.labelClicks.put(next);
      return next;
    });
  }
  async function getLabelClicks(db2, orderIds) {
    const rows = await db2.labelClicks.bulkGet(orderIds);
    return new Map(rows.filter((r) => r !== void 0).map((r) => [r.orderId, r]));
  }
  const QUARANTINE_PAYLOAD_CHARS = 2e3;
  const QUARANTINE_MAX_ROWS = 500;
  function excerpt(payload) {
    if (payload === void 0) return void 0;
    let text;
    try {
      text = typeof payload === "string" ? payload : JSON.stringify(payload);
    } catch {
      text = String(payload);
    }
    return text.length > QUARANTINE_PAYLOAD_CHARS ? text.slice(0, QUARANTINE_PAYLOAD_CHARS) : text;
  }
  async function quarantinePayload(db2, entry) {
    return db2.transaction("rw", db2.quarantine, async () => {
      const row = {
        endpoint: entry.endpoint,
        path: entry.path,
        issue: entry.issue,
        at: entry.at,
        ...entry.orderId ? { orderId: entry.orderId } : {}
      };
      const payload = excerpt(entry.payload);
      if (payload !== void 0) row.payload = payload;
      const id = await db2.quarantine.add(row);
      const count = await db2.quarantine.count();
      if (count > QUARANTINE_MAX_ROWS) {
        const oldest = await db2.quarantine.orderBy("id").limit(count - QUARANTINE_MAX_ROWS).primaryKeys();
        await db2.quarantine.bulkDelete(oldest);
      }
      return id;
    });
  }
  async function readMeta(db2, key) {
    const row = await db2.meta.get(key);
    return row?.value;
  }
  async function writeMeta(db2, key, value) {
    await db2.meta.put({ key, value });
  }
  function describeValue$1(value) {
    if (typeof value === "string") return value;
    if (typeof value === "symbol") return value.description ?? "a symbol";
    if (typeof value === "function") return "a function";
    if (value === null || typeof value !== "object") return String(value);
    return Array.isArray(value) ? "a list" : "an object";
  }
  const block = (code, source, text) => ({ code, source, text, blocking: true });
  const isPositiveNumber$1 = (value) => typeof value === "number" && Number.isFinite(value) && value > 0;
  const packCaches = /* @__PURE__ */ new WeakMap();
  function cacheFor(pack) {
    let cache2 = packCaches.get(pack);
    if (!cache2) {
      cache2 = { markets: new Map(pack.markets.map((m) => [m.code, m])), marketReasons: /* @__PURE__ */ new Map(), isvReasons: /* @__PURE__ */ new Map(), notConnectedReasons: /* @__PURE__ */ new Map() };
      packCaches.set(pack, cache2);
    }
    return cache2;
  }
  function memo(map, key, build) {
    const cached2 = map.get(key);
    if (cached2 !== void 0 || map.has(key)) return cached2;
    const value = build();
    map.set(key, value);
    return value;
  }
  const freezeReason = (reason) => Object.freeze({ ...reason, text: Object.freeze({ ...reason.text }) });
  function checkParcel(order) {
    const parcel = order?.parcel;
    const dims = parcel?.dimensionsMm;
    const dimsOk = dims === void 0 || typeof dims === "object" && dims !== null && [dims.length, dims.width, dims.height].every(isPositiveNumber$1);
    if (isPositiveNumber$1(parcel?.weightGrams) && dimsOk) return void 0;
    return block("invalid-parcel", "pack:eligibility", {
      en: "The parcel needs a positive weight in grams (and, if given, three positive dimensions in mm).",
      zh: "包裹须有大于 0 的克重(如提供尺寸,须为三个大于 0 的毫米数)。"
    });
  }
  function checkMarket(carrier, market) {
    const entry = carrier.markets.find((m) => m.market === market.code);
    const required2 = market.certifiedCarrierRequired;
    if (required2 && entry?.certification?.status !== "certified") {
      const since = required2.since;
      return block("not-certified-in-market", entry?.certification?.source ?? required2.source, {
        en: `${carrier.name.en} has no TikTok Shop last-mile certification on file for ${market.name.en}; since ${since} the market requires a certified carrier, and other shipments are intercepted.`,
        zh: `${carrier.name.zh}在${market.name.zh}没有 TikTok Shop 尾程认证记录;自 ${since} 起该市场要求使用认证承运商,否则订单会被拦截。`
      });
    }
    if (!entry) {
      return block("market-not-served", "pack:carriers", {
        en: `${carrier.name.en} is not on file as serving ${market.name.en}.`,
        zh: `没有${carrier.name.zh}服务${market.name.zh}的记录。`
      });
    }
    return void 0;
  }
  function checkLimits(carrier, market, order) {
    const limits = carrier.markets.find((m) => m.market === market.code)?.limits;
    if (!limits) return [];
    const reasons = [];
    const weight = order.parcel.weightGrams;
    const where = { en: `${carrier.name.en} (${market.name.en})`, zh: `${carrier.name.zh}(${market.name.zh})` };
    if (limits.minWeightGrams && weight < limits.minWeightGrams.value) {
      reasons.push(block("below-min-weight", limits.minWeightGrams.source, {
        en: `${where.en} takes parcels of at least ${limits.minWeightGrams.value} g; this one weighs ${weight} g.`,
        zh: `${where.zh}要求单票不低于 ${limits.minWeightGrams.value} 克;本包裹 ${weight} 克。`
      }));
    }
    if (limits.maxWeightGrams && weight > limits.maxWeightGrams.value) {
      reasons.push(block("over-max-weight", limits.maxWeightGrams.source, {
        en: `${where.en} takes parcels of at most ${limits.maxWeightGrams.value} g; this one weighs ${weight} g.`,
        zh: `${where.zh}单票上限 ${limits.maxWeightGrams.value} 克;本包裹 ${weight} 克。`
      }));
    }
    const dims = order.parcel.dimensionsMm;
    if (dims) {
      const [longest = 0, middle = 0, shortest = 0] = [dims.length, dims.width, dims.height].sort((a, b) => b - a);
      const girthTotal = longest + 2 * (middle + shortest);
      if (limits.maxLongestSideMm && longest > limits.maxLongestSideMm.value) {
        reasons.push(block("over-max-size", limits.maxLongestSideMm.source, {
          en: `${where.en} takes a longest side of at most ${limits.maxLongestSideMm.value} mm; this parcel's is ${longest} mm.`,
          zh: `${where.zh}最长边上限 ${limits.maxLongestSideMm.value} 毫米;本包裹为 ${longest} 毫米。`
        }));
      } else if (limits.maxLengthPlusGirthMm && girthTotal > limits.maxLengthPlusGirthMm.value) {
        reasons.push(block("over-max-size", limits.maxLengthPlusGirthMm.source, {
          en: `${where.en} takes length + girth of at most ${limits.maxLengthPlusGirthMm.value} mm; this parcel's is ${girthTotal} mm.`,
          zh: `${where.zh}长度 + 周长上限 ${limits.maxLengthPlusGirthMm.value} 毫米;本包裹为 ${girthTotal} 毫米。`
        }));
      }
    }
    return reasons;
  }
  function checkLabelPrinting(carrier, market) {
    const printing = carrier.markets.find((m) => m.market === market.code)?.apiLabelPrinting;
    if (!printing || printing.value) return void 0;
    return block("no-api-label-printing", printing.source, {
      en: `${carrier.name.en} cannot print labels from Seller Center through the Logistics API; channels that need manual label upload were removed from the certified list (June 2024).`,
      zh: `${carrier.name.zh}不支持通过物流 API 在后台一键打印面单;需手动上传面单的渠道已于 2024 年 6 月移出认证名单。`
    });
  }
  function buildIsvReason(carrier) {
    const direct = carrier.individualMayConnectDirectly;
    if (!direct || direct.value) return void 0;
    return block("individual-needs-isv", direct.source, {
      en: `Individual businesses cannot connect ${carrier.name.en} directly: connect through a certified ISV (e.g. Dianxiaomi, Mabang).`,
      zh: `个体工商户不能直连${carrier.name.zh}:须通过认证 ISV(如店小秘、马帮)接入。`
    });
  }
  function buildNotConnectedReason(carrier) {
    return block("not-connected", "seed:S11", {
      en: `${carrier.name.en} is not connected in this shop (Seller Center → Settings → Logistics → Select Carrier → Connect).`,
      zh: `本店铺未绑定${carrier.name.zh}(Seller Center → 设置 → 物流 → 选择承运商 → 连接)。`
    });
  }
  function checkProfile(carrier, profile, connected, cache2) {
    if (!profile) return [];
    const reasons = [];
    if (profile.businessType === "individual" && profile.viaIsv !== true) {
      const isv = memo(cache2.isvReasons, carrier.id, () => {
        const reason = buildIsvReason(carrier);
        return reason && freezeReason(reason);
      });
      if (isv) reasons.push(isv);
    }
    if (connected && !connected.has(carrier.id)) reasons.push(memo(cache2.notConnectedReasons, carrier.id, () => freezeReason(buildNotConnectedReason(carrier))));
    return reasons;
  }
  function checkCarrierInMarket(carrier, market, cache2) {
    return memo(
      cache2.marketReasons,
      `${carrier.id}/${market.code}`,
      () => [checkMarket(carrier, market), checkLabelPrinting(carrier, market)].filter((r) => r !== void 0).map(freezeReason)
    );
  }
  function adviseVolume(profile, pack) {
    const floor = pack.sellerGuidance?.notRecommendedBelowDailyOrders;
    const daily = profile?.dailyOrders;
    if (!floor || typeof daily !== "number" || !(daily < floor.value)) return void 0;
    return {
      code: "low-volume",
      source: floor.source,
      blocking: false,
      text: {
        en: `Certified last mile is not recommended under ${floor.value} orders a day (you have ${daily}): minimums and integration cost weigh more.`,
        zh: `日单量低于 ${floor.value} 单(当前 ${daily} 单)不建议使用认证尾程:起订量门槛与对接成本较高。`
      }
    };
  }
  function readConnected(profile) {
    const listed = profile?.connectedCarriers;
    if (!Array.isArray(listed) || listed.length === 0) return void 0;
    return new Set(listed.map((name) => resolveCarrierId(name)).filter((id) => id !== void 0));
  }
  function eligibleCarriers(order, profile, pack) {
    const cache2 = cacheFor(pack);
    const parcelProblem = checkParcel(order);
    const code = resolveMarket(order?.market);
    const market = code ? cache2.markets.get(code) : void 0;
    const connected = readConnected(profile);
    const advice = adviseVolume(profile, pack);
    return pack.carriers.map((carrier) => {
      const reasons = [];
      if (parcelProblem) reasons.push(parcelProblem);
      if (!market) {
        reasons.push(block("unknown-market", "pack:markets", { en: `Market "${describeValue$1(order?.market)}" is not in the rule pack.`, zh: `规则包中没有市场“${describeValue$1(order?.market)}”。` }));
      } else {
        reasons.push(...checkCarrierInMarket(carrier, market, cache2));
        if (!parcelProblem) reasons.push(...checkLimits(carrier, market, order));
      }
      reasons.push(...checkProfile(carrier, profile, connected, cache2));
      const eligible = !reasons.some((r) => r.blocking);
      if (advice) reasons.push(advice);
      return { carrierId: carrier.id, eligible, reasons };
    });
  }
  const SOURCE_PATTERN = /^(?:seed:S(?:[1-9]|[12]\d|3[0-4])|ref:[a-z0-9-]+#[0-9A-Za-z.-]+|https?:\/\/\S+|user(?::.+)?|pack:[a-z0-9-]+)$/;
  const sourceSchema = string().regex(SOURCE_PATTERN, "source must be seed:S1…S34, ref:<doc>#<section>, an http(s) URL, user[:note] or pack:<name>");
  const localizedSchema = strictObject({ en: string().min(1), zh: string().min(1) });
  const marketCodeSchema = preprocess(
    (value) => typeof value === "string" ? resolveMarket(value) ?? value : value,
    _enum(MARKET_CODES)
  );
  const carrierIdSchema = _enum(CARRIER_IDS);
  const yearMonthSchema = string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, "expected a month as YYYY-MM");
  const isoDaySchema = string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "expected a day as YYYY-MM-DD");
  const sinceSchema = union([yearMonthSchema, isoDaySchema]);
  const minorAmountSchema = int().nonnegative();
  const percentSchema = number().min(0).max(100);
  const idSchema$1 = string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase letters, digits and hyphens");
  function figureSchema(value) {
    return strictObject({
      value,
      source: sourceSchema,
      unconfirmed: boolean().optional(),
      note: localizedSchema.optional()
    });
  }
  const fulfilmentMetricSchema = strictObject({
    code: _enum(["vtr", "ldr", "otdr", "sfcr"]),
    name: localizedSchema,
    definition: localizedSchema,
    target: strictObject({ comparator: _enum(["at-least", "at-most"]), percent: percentSchema }),
    source: sourceSchema,
    unconfirmed: boolean().optional()
  });
  const marketRulesSchema = strictObject({
    code: marketCodeSchema,
    name: localizedSchema,
    currency: strictObject({
      code: string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD"),
      /** Digits after the decimal point that minor units stand for: USD 2 (cents), IDR/VND 0. */
      minorUnitExponent: int().min(0).max(3),
      source: sourceSchema,
      note: localizedSchema.optional()
    }),
    unitSystem: figureSchema(_enum(["imperial", "metric"])),
    sellerCenterHosts: strictObject({ hosts: array(string().regex(/^[a-z0-9.-]+$/)).min(1), source: sourceSchema }),
    /** Since when the market requires a platform-certified last-mile carrier (S2). */
    certifiedCarrierRequired: strictObject({ since: sinceSchema, source: sourceSchema }).optional(),
    /** Reference delivery benchmark (a report's figure, never a guarantee). Absent = no benchmark on file. */
    deliveryBenchmark: strictObject({ maxCalendarDays: number().positive(), note: localizedSchema, source: sourceSchema }).optional(),
    sla: strictObject({
      firstScanWithinHours: figureSchema(number().positive()).optional(),
      trackingUpdateEveryHours: figureSchema(number().positive()).optional(),
      exceptionRateBelowPercent: figureSchema(percentSchema).optional()
    }).optional(),
    fulfilmentMetrics: array(fulfilmentMetricSchema).optional(),
    dispatchSla: strictObject({
      businessDays: int().positive(),
      effectiveFrom: isoDaySchema.optional(),
      note: localizedSchema.optional(),
      source: sourceSchema
    }).optional(),
    /** The tracking callback endpoint the platform expects carriers to push to (S28). */
    trackingCallbackEndpoint: strictObject({ url: string().min(1), source: sourceSchema }).optional(),
    notes: array(strictObject({ text: localizedSchema, source: sourceSchema })).optional()
  });
  const volumetricRuleSchema = strictObject({
    unit: _enum(["in3-per-lb", "cm3-per-kg"]),
    divisor: number().positive(),
    /** Dimensional weight only applies above this volume (in³ or cm³ per `unit`), e.g. USPS 1,728 in³. */
    appliesAboveVolume: number().positive().optional(),
    sideRounding: _enum(["nearest", "up", "none"]),
    weightRounding: _enum(["up-whole", "up-half", "none"]),
    source: sourceSchema,
    unconfirmed: boolean().optional(),
    note: localizedSchema.optional()
  });
  const carrierMarketSchema = strictObject({
    market: marketCodeSchema,
    /** Why we say the carrier serves this market. */
    source: sourceSchema,
    /** Absent = no certification on file for this market. */
    certification: strictObject({
      status: _enum(["certified", "not-certified"]),
      since: sinceSchema.optional(),
      note: localizedSchema.optional(),
      source: sourceSchema
    }).optional(),
    apiLabelPrinting: figureSchema(boolean()).optional(),
    limits: strictObject({
      minWeightGrams: figureSchema(int().positive()).optional(),
      maxWeightGrams: figureSchema(int().positive()).optional(),
      maxLongestSideMm: figureSchema(int().positive()).optional(),
      maxLengthPlusGirthMm: figureSchema(int().positive()).optional()
    }).optional(),
    /** Waybill format ids for this market (free strings shared with lib/waybill, e.g. `usps-impb`). */
    waybillFormats: array(string().min(1)).optional()
  });
  const carrierRulesSchema = strictObject({
    id: carrierIdSchema,
    name: localizedSchema,
    /** S14: individual businesses must connect through a certified ISV. */
    individualMayConnectDirectly: figureSchema(boolean()).optional(),
    volumetric: volumetricRuleSchema.optional(),
    waybillFormats: array(string().min(1)).optional(),
    markets: array(carrierMarketSchema)
  });
  const postcodeRuleSchema = discriminatedUnion("kind", [
    strictObject({ kind: literal("zip3-range"), from: string().regex(/^\d{3}$/), to: string().regex(/^\d{3}$/) }),
    strictObject({
      kind: literal("uk-district"),
      area: string().regex(/^[A-Z]{1,2}$/),
      from: int().min(0).max(99).optional(),
      to: int().min(0).max(99).optional()
    }),
    strictObject({ kind: literal("prefix"), prefix: string().regex(/^[0-9A-Z]+$/) })
  ]);
  const postcodeSetSchema = strictObject({
    id: idSchema$1,
    country: marketCodeSchema,
    name: localizedSchema,
    rules: array(postcodeRuleSchema).min(1),
    source: sourceSchema,
    unconfirmed: boolean().optional(),
    note: localizedSchema.optional()
  });
  const moneyRoundingSchema = strictObject({
    /** `half-up`: .5 of a minor unit goes up; `up`/`down`: always towards/away from the next unit. */
    mode: _enum(["half-up", "up", "down"]),
    /** Each line is rounded on its own; the total is the sum of rounded lines. */
    scope: literal("per-line"),
    source: sourceSchema
  });
  const weightBandSchema = strictObject({
    /** Inclusive upper bound of the band in grams. */
    maxWeightGrams: int().positive(),
    baseMinor: minorAmountSchema,
    source: sourceSchema,
    note: localizedSchema.optional()
  });
  const fuelSurchargeSchema = strictObject({
    month: yearMonthSchema,
    /** Minor units per kilogram of chargeable weight. */
    perKgMinor: minorAmountSchema.optional(),
    /** Percent of the base freight line. */
    percent: percentSchema.optional(),
    source: sourceSchema,
    note: localizedSchema.optional()
  }).refine((f) => f.perKgMinor === void 0 !== (f.percent === void 0), {
    message: "a fuel figure needs exactly one of perKgMinor or percent"
  });
  const remoteAreaFeeSchema = strictObject({
    /** Ids of `postcodeSets` of the pack that trigger this fee. */
    postcodeSetIds: array(idSchema$1).optional(),
    /** Extra rules given inline (e.g. from a rate card). */
    rules: array(postcodeRuleSchema).optional(),
    feeMinor: minorAmountSchema,
    source: sourceSchema,
    note: localizedSchema.optional()
  }).refine((r) => (r.postcodeSetIds?.length ?? 0) + (r.rules?.length ?? 0) > 0, {
    message: "a remote-area fee needs postcodeSetIds or rules"
  });
  const rebateTierSchema = strictObject({
    /** The tier applies when monthly parcels are strictly greater than this (S26: "> 10,000"). */
    aboveMonthlyParcels: int().nonnegative(),
    percent: number().gt(0).max(100),
    requiresContract: boolean().optional(),
    source: sourceSchema,
    note: localizedSchema.optional()
  });
  const perOrderFeeSchema = strictObject({
    perOrderMinor: minorAmountSchema,
    mandatory: boolean().optional(),
    source: sourceSchema,
    note: localizedSchema.optional()
  });
  const feeTableShape = {
    carrierId: carrierIdSchema,
    market: marketCodeSchema,
    currency: string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD"),
    /** Ascending by `maxWeightGrams`; may be empty when only e.g. rebates are on file. */
    weightBands: array(weightBandSchema),
    fuel: array(fuelSurchargeSchema).optional(),
    remoteAreas: array(remoteAreaFeeSchema).optional(),
    trackingFee: perOrderFeeSchema.optional(),
    priorityFee: perOrderFeeSchema.optional(),
    rebateTiers: array(rebateTierSchema).optional(),
    /** Overrides the pack's `moneyRounding` for this table. */
    moneyRounding: moneyRoundingSchema.optional()
  };
  function checkFeeTableOrder(table, ctx) {
    table.weightBands?.forEach((band, i, bands) => {
      const previous = bands[i - 1];
      if (previous && band.maxWeightGrams <= previous.maxWeightGrams) {
        ctx.addIssue({ code: "custom", path: ["weightBands", i, "maxWeightGrams"], message: `weight bands must be in ascending order of maxWeightGrams (${band.maxWeightGrams} follows ${previous.maxWeightGrams})` });
      }
    });
    const months = /* @__PURE__ */ new Set();
    table.fuel?.forEach((f, i) => {
      if (months.has(f.month)) ctx.addIssue({ code: "custom", path: ["fuel", i, "month"], message: `fuel month ${f.month} is listed twice` });
      months.add(f.month);
    });
    const thresholds = /* @__PURE__ */ new Set();
    table.rebateTiers?.forEach((t, i) => {
      if (thresholds.has(t.aboveMonthlyParcels)) ctx.addIssue({ code: "custom", path: ["rebateTiers", i, "aboveMonthlyParcels"], message: `rebate tier above ${t.aboveMonthlyParcels} is listed twice` });
      thresholds.add(t.aboveMonthlyParcels);
    });
  }
  const feeTableSchema = strictObject(feeTableShape).superRefine(checkFeeTableOrder);
  const feeTableOverrideSchema = strictObject({ ...feeTableShape, currency: feeTableShape.currency.optional(), weightBands: feeTableShape.weightBands.optional() }).superRefine(checkFeeTableOrder);
  const selectorsSchema = record(string(), array(string()));
  const packShape = {
    version: string().min(1),
    effectiveFrom: isoDaySchema,
    moneyRounding: moneyRoundingSchema,
    markets: array(marketRulesSchema),
    carriers: array(carrierRulesSchema),
    postcodeSets: array(postcodeSetSchema),
    feeTables: array(feeTableSchema),
    /** Who certified last mile suits (S15): advice, never a reason to make a carrier ineligible. */
    sellerGuidance: strictObject({
      notRecommendedBelowDailyOrders: figureSchema(number().positive()).optional(),
      suitedFromDailyOrders: figureSchema(number().positive()).optional()
    }).optional(),
    /** Overrides for lib/seller-center's selector table (opaque here). */
    sellerCenterSelectors: selectorsSchema.optional()
  };
  function reportDuplicates(items, keyOf, path, what, ctx) {
    const seen = /* @__PURE__ */ new Set();
    items?.forEach((item, i) => {
      const key = keyOf(item);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i], message: `${what} ${key} is listed twice` });
      seen.add(key);
    });
  }
  function checkPackReferences(pack, ctx, base) {
    reportDuplicates(pack.markets, (m) => m.code, "markets", "market", ctx);
    reportDuplicates(pack.carriers, (c) => c.id, "carriers", "carrier", ctx);
    reportDuplicates(pack.postcodeSets, (s) => s.id, "postcodeSets", "postcode set", ctx);
    reportDuplicates(pack.feeTables, (t) => `${t.carrierId}/${t.market}`, "feeTables", "fee table", ctx);
    pack.carriers?.forEach((c, i) => reportDuplicates(c.markets, (m) => m.market, `carriers.${i}.markets`, `market of ${c.id}`, ctx));
    const markets2 = new Map([...base?.markets ?? [], ...pack.markets ?? []].map((m) => [m.code, m]));
    const setIds = new Set([...base?.postcodeSets ?? [], ...pack.postcodeSets ?? []].map((s) => s.id));
    const carrierIds = new Set([...base?.carriers ?? [], ...pack.carriers ?? []].map((c) => c.id));
    pack.feeTables?.forEach((table, i) => {
      const market = markets2.get(table.market);
      if (!market) ctx.addIssue({ code: "custom", path: ["feeTables", i, "market"], message: `market ${table.market} is not in the pack's markets` });
      else if (table.currency !== void 0 && table.currency !== market.currency.code) {
        ctx.addIssue({ code: "custom", path: ["feeTables", i, "currency"], message: `currency ${table.currency} does not match ${table.market}'s ${market.currency.code}` });
      }
      if (!base && !carrierIds.has(table.carrierId)) ctx.addIssue({ code: "custom", path: ["feeTables", i, "carrierId"], message: `carrier ${table.carrierId} is not in the pack's carriers` });
      table.remoteAreas?.forEach(
        (area, j) => area.postcodeSetIds?.forEach((id, k) => {
          if (!setIds.has(id)) ctx.addIssue({ code: "custom", path: ["feeTables", i, "remoteAreas", j, "postcodeSetIds", k], message: `postcode set ${id} is not in the pack's postcodeSets` });
        })
      );
    });
  }
  strictObject(packShape).superRefine((pack, ctx) => checkPackReferences(pack, ctx));
  const rulePackOverrideSchema = strictObject({
    version: packShape.version.optional(),
    effectiveFrom: packShape.effectiveFrom.optional(),
    moneyRounding: packShape.moneyRounding.optional(),
    markets: packShape.markets.optional(),
    carriers: packShape.carriers.optional(),
    postcodeSets: packShape.postcodeSets.optional(),
    feeTables: array(feeTableOverrideSchema).optional(),
    sellerGuidance: packShape.sellerGuidance,
    sellerCenterSelectors: selectorsSchema.optional()
  });
  const ISO_4217 = "https://www.iso.org/iso-4217-currency-codes.html";
  const VTR_PAGE = "https://seller-us.tiktok.com/university/essay?knowledge_id=1274968588748558";
  const GELATO_POLICIES = "https://support.gelato.com/en/articles/9956249-tiktok-policies";
  const SELLEROPS_VTR = "https://sellerops.io/tiktok-shop-valid-tracking-rate-95";
  const FULFILMENT_POLICY = "https://seller-us.tiktok.com/university/essay?knowledge_id=3995852763301633";
  const UK_RETAILER_POSTCODES = "https://www.joseph-fashion.com/fr/ecomeu/les-codes-postaux-de-lexception/page/postcodes";
  const CERTIFIED_REQUIRED = { since: "2024-07", source: "seed:S2" };
  const PLATFORM_SLA = {
    firstScanWithinHours: {
      value: 4,
      source: "seed:S7",
      note: { en: "First carrier scan within 4 h of shipping / label creation (field first_scan_time, S27).", zh: "发货/面单生成后 4 小时内须有首次揽收扫描(字段 first_scan_time,S27)。" }
    },
    trackingUpdateEveryHours: { value: 24, source: "seed:S7" },
    exceptionRateBelowPercent: {
      value: 1.3,
      source: "seed:S8",
      note: { en: "Refused, lost or mis-delivered parcels; above it new order allocation is limited.", zh: "拒收、丢件、错投;超过后系统限制新订单分配。" }
    }
  };
  const BENCHMARK_REPORT = { en: '"2024 Q2 global last-mile carrier performance report" (cited by the seed); a reference benchmark, not a guarantee.', zh: "《2024 Q2 全球尾程承运商绩效报告》(原文引用);仅为参考基准,不是承诺。" };
  const METRIC_UNITS = { value: "metric", source: "ref:carriers-and-labels#2.1" };
  const US_FULFILMENT_METRICS = [
    {
      code: "vtr",
      name: { en: "Valid Tracking Rate (VTR)", zh: "有效物流追踪率(VTR)" },
      definition: { en: "Shipped packages with valid tracking ÷ all shipped packages.", zh: "具有有效物流追踪的已发货包裹数 ÷ 全部已发货包裹数。" },
      target: { comparator: "at-least", percent: 95 },
      source: VTR_PAGE
    },
    {
      code: "ldr",
      name: { en: "Late Dispatch Rate (LDR)", zh: "延迟发货率(LDR)" },
      definition: { en: "Share of orders dispatched late.", zh: "延迟发货订单所占比例。" },
      target: { comparator: "at-most", percent: 4 },
      source: GELATO_POLICIES
    },
    {
      code: "otdr",
      name: { en: "On-Time Delivery Rate (OTDR)", zh: "准时送达率(OTDR)" },
      definition: { en: "Share of orders delivered on time.", zh: "准时送达订单所占比例。" },
      target: { comparator: "at-least", percent: 80 },
      source: SELLEROPS_VTR,
      // Only a third-party page states the 80 % target (seller-center.md §7).
      unconfirmed: true
    },
    {
      code: "sfcr",
      name: { en: "Seller-Fault Cancellation Rate (SFCR)", zh: "卖家责任取消率(SFCR)" },
      definition: { en: "Share of orders cancelled for a reason attributed to the seller.", zh: "因卖家原因取消的订单所占比例。" },
      target: { comparator: "at-most", percent: 2.5 },
      source: GELATO_POLICIES
    }
  ];
  const markets = [
    {
      code: "US",
      name: { en: "United States", zh: "美国" },
      currency: { code: "USD", minorUnitExponent: 2, source: ISO_4217 },
      unitSystem: { value: "imperial", source: "ref:carriers-and-labels#3" },
      sellerCenterHosts: { hosts: ["seller-us.tiktok.com"], source: "ref:seller-center#1.1" },
      certifiedCarrierRequired: CERTIFIED_REQUIRED,
      deliveryBenchmark: {
        maxCalendarDays: 3.2,
        note: { en: `${BENCHMARK_REPORT.en} Best in class: ShipStation + USPS Ground Advantage, mean 3.1 days.`, zh: `${BENCHMARK_REPORT.zh}最佳组合:ShipStation + USPS Ground Advantage,实测均值 3.1 天。` },
        source: "seed:S4"
      },
      sla: PLATFORM_SLA,
      fulfilmentMetrics: US_FULFILMENT_METRICS,
      dispatchSla: {
        businessDays: 2,
        effectiveFrom: "2025-10-23",
        note: {
          en: "Regular orders ship within 2 business days of the order date (Fulfillment Policy of 10/23/2025); older pages say 3 business days, so the figure depends on market and date.",
          zh: "普通订单须在下单后 2 个工作日内发货(2025/10/23 履约政策);旧页面为 3 个工作日,以市场和日期为准。"
        },
        source: FULFILMENT_POLICY
      },
      trackingCallbackEndpoint: { url: "us-api.tiktokshop.com/logistics/v3/tracking", source: "seed:S28" },
      notes: [
        { text: { en: "Returns must use the platform reverse-logistics path: UPS Return Label only.", zh: "退货须走平台逆向物流:仅限 UPS Return Label。" }, source: "seed:S31" }
      ]
    },
    {
      code: "GB",
      name: { en: "United Kingdom", zh: "英国" },
      currency: { code: "GBP", minorUnitExponent: 2, source: ISO_4217 },
      unitSystem: METRIC_UNITS,
      sellerCenterHosts: { hosts: ["seller-uk.tiktok.com"], source: "ref:seller-center#1.1" },
      certifiedCarrierRequired: CERTIFIED_REQUIRED,
      deliveryBenchmark: {
        maxCalendarDays: 2.6,
        note: { en: `${BENCHMARK_REPORT.en} Royal Mail Tracked 24 on-time rate 98.7 %.`, zh: `${BENCHMARK_REPORT.zh}Royal Mail Tracked 24 达标率 98.7%。` },
        source: "seed:S5"
      },
      sla: PLATFORM_SLA
    },
    {
      code: "ID",
      name: { en: "Indonesia", zh: "印度尼西亚" },
      currency: {
        code: "IDR",
        minorUnitExponent: 0,
        // ISO 4217 lists two decimals for IDR, but prices are whole rupiah in practice.
        source: "pack:whole-rupiah",
        note: { en: "Amounts are whole rupiah (ISO 4217 lists 2 decimals, which are not used in practice).", zh: "金额按整数印尼盾计(ISO 4217 列出 2 位小数,但实际不使用)。" }
      },
      unitSystem: METRIC_UNITS,
      sellerCenterHosts: { hosts: ["seller-id.tokopedia.com", "seller-id.tiktok.com"], source: "ref:seller-center#1.1" },
      certifiedCarrierRequired: CERTIFIED_REQUIRED,
      deliveryBenchmark: {
        maxCalendarDays: 2.8,
        note: { en: `${BENCHMARK_REPORT.en} J&T Express, 22 % faster than 2023.`, zh: `${BENCHMARK_REPORT.zh}J&T Express 较 2023 年提速 22%。` },
        source: "seed:S6"
      },
      sla: PLATFORM_SLA,
      notes: [
        {
          text: {
            en: "From Q3 2024 last-mile providers must also connect to an Indonesian government logistics data interface for customs cross-checks.",
            zh: "自 2024 年第三季度起,尾程服务商还须接入印尼政府物流数据接口,用于清关信息交叉核验。"
          },
          source: "seed:S13"
        }
      ]
    },
    {
      code: "TH",
      name: { en: "Thailand", zh: "泰国" },
      currency: { code: "THB", minorUnitExponent: 2, source: ISO_4217 },
      unitSystem: METRIC_UNITS,
      sellerCenterHosts: { hosts: ["seller-th.tiktok.com"], source: "ref:seller-center#1.1" },
      certifiedCarrierRequired: CERTIFIED_REQUIRED,
      sla: PLATFORM_SLA
    },
    {
      code: "VN",
      name: { en: "Vietnam", zh: "越南" },
      currency: { code: "VND", minorUnitExponent: 0, source: ISO_4217 },
      unitSystem: METRIC_UNITS,
      sellerCenterHosts: { hosts: ["seller-vn.tiktok.com"], source: "ref:seller-center#1.1" },
      certifiedCarrierRequired: CERTIFIED_REQUIRED,
      sla: PLATFORM_SLA
    }
  ];
  const NO_DIRECT_INDIVIDUAL = {
    value: false,
    source: "seed:S14",
    note: { en: "Individual businesses must connect through a certified ISV such as Dianxiaomi or Mabang.", zh: "个体工商户须通过认证 ISV(如店小秘、马帮)接入。" }
  };
  const API_LABELS = { value: true, source: "seed:S9" };
  const S2_CERTIFIED = (note) => ({ status: "certified", since: "2024-07", note, source: "seed:S2" });
  const S11_CERTIFIED = {
    status: "certified",
    note: { en: "On the US TLPP (TikTok Logistics Partner Program) certified list.", zh: "位于美国 TLPP(TikTok 物流合作伙伴计划)认证名单。" },
    source: "seed:S11"
  };
  const carriers = [
    {
      id: "jt-express",
      name: { en: "J&T Express", zh: "极兔速递" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [
        {
          market: "US",
          source: "seed:S20",
          certification: S2_CERTIFIED({ en: "S2 names J&T Express among certified carriers; S20 quotes its US channel.", zh: "S2 将极兔列为认证承运商示例;S20 给出其美国通道报价。" }),
          apiLabelPrinting: API_LABELS,
          waybillFormats: ["jt-express-us"]
        },
        {
          market: "ID",
          source: "seed:S6",
          certification: S2_CERTIFIED({ en: "S2 names J&T Express among certified carriers; S6 benchmarks it in Indonesia.", zh: "S2 将极兔列为认证承运商示例;S6 以其为印尼基准。" }),
          apiLabelPrinting: API_LABELS,
          waybillFormats: ["jt-express-id"]
        }
      ]
    },
    {
      id: "ninja-van",
      name: { en: "Ninja Van", zh: "忍者快递" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [
        {
          market: "TH",
          source: "seed:S16",
          certification: S2_CERTIFIED({ en: "S2 names Ninja Van among certified carriers; S16 describes its Thailand line.", zh: "S2 将 Ninja Van 列为认证承运商示例;S16 提到其泰国线。" }),
          apiLabelPrinting: API_LABELS,
          limits: {
            minWeightGrams: { value: 3e3, source: "seed:S16", note: { en: "Ninja Van Thailand line: at least 3 kg per parcel.", zh: "Ninja Van 泰国线:单票不低于 3 kg。" } }
          },
          waybillFormats: ["ninja-van"]
        }
      ]
    },
    {
      id: "usps",
      name: { en: "USPS", zh: "美国邮政" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      volumetric: {
        unit: "in3-per-lb",
        divisor: 166,
        appliesAboveVolume: 1728,
        sideRounding: "nearest",
        weightRounding: "up-whole",
        source: "ref:carriers-and-labels#3",
        note: {
          en: "Since 23 Jun 2019; only above 1,728 in³ (1 cubic foot); flat-rate boxes exempt. Whether a zone restriction still applies is unconfirmed.",
          zh: "自 2019 年 6 月 23 日起;仅体积超过 1,728 立方英寸(1 立方英尺)时适用;固定价格箱除外。是否仍有分区限制未确认。"
        }
      },
      markets: [
        {
          market: "US",
          source: "seed:S2",
          certification: S2_CERTIFIED({ en: "Through a USPS partner channel (S2).", zh: "通过 USPS 合作通道(S2)。" }),
          apiLabelPrinting: API_LABELS,
          waybillFormats: ["usps-impb", "usps-legacy", "upu-s10"]
        }
      ]
    },
    {
      id: "royal-mail",
      name: { en: "Royal Mail", zh: "英国皇家邮政" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [
        {
          market: "GB",
          source: "seed:S2",
          certification: S2_CERTIFIED({ en: "Through a Royal Mail authorised channel (S2).", zh: "通过 Royal Mail 授权渠道(S2)。" }),
          apiLabelPrinting: API_LABELS,
          waybillFormats: ["upu-s10"]
        }
      ]
    },
    {
      id: "cainiao",
      name: { en: "Cainiao International", zh: "菜鸟国际" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [{ market: "US", source: "seed:S11", certification: S11_CERTIFIED, apiLabelPrinting: API_LABELS, waybillFormats: ["cainiao"] }]
    },
    {
      id: "zongteng",
      name: { en: "Zongteng Group", zh: "纵腾集团" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [{ market: "US", source: "seed:S11", certification: S11_CERTIFIED, apiLabelPrinting: API_LABELS }]
    },
    {
      id: "winit",
      name: { en: "Winit", zh: "万邑通" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      markets: [{ market: "US", source: "seed:S11", certification: S11_CERTIFIED, apiLabelPrinting: API_LABELS, waybillFormats: ["winit"] }]
    },
    // UPS and FedEx serve the US and have published dimensional divisors, but nothing on file says
    // they are TikTok-certified last-mile carriers: no certification entry, so eligibility says so.
    {
      id: "ups",
      name: { en: "UPS", zh: "UPS" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      volumetric: { unit: "in3-per-lb", divisor: 139, sideRounding: "nearest", weightRounding: "up-whole", source: "ref:carriers-and-labels#3", note: { en: "Daily rates; every package.", zh: "日常费率;适用于所有包裹。" } },
      markets: [{ market: "US", source: "ref:carriers-and-labels#1.2", waybillFormats: ["ups-1z"] }]
    },
    {
      id: "fedex",
      name: { en: "FedEx", zh: "联邦快递" },
      individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
      volumetric: { unit: "in3-per-lb", divisor: 139, sideRounding: "nearest", weightRounding: "up-whole", source: "ref:carriers-and-labels#3", note: { en: "Daily rates; every package.", zh: "日常费率;适用于所有包裹。" } },
      markets: [{ market: "US", source: "ref:carriers-and-labels#1.2", waybillFormats: ["fedex-express-12", "fedex-ground-15"] }]
    }
  ];
  const ZIP3 = (from, to = from) => ({ kind: "zip3-range", from, to });
  const UK = (area, from, to) => from === void 0 ? { kind: "uk-district", area } : { kind: "uk-district", area, from, to: to ?? from };
  const postcodeSets = [
    { id: "us-alaska", country: "US", name: { en: "Alaska", zh: "阿拉斯加" }, rules: [ZIP3("995", "999")], source: "ref:carriers-and-labels#4.1" },
    { id: "us-hawaii", country: "US", name: { en: "Hawaii", zh: "夏威夷" }, rules: [ZIP3("967", "968")], source: "ref:carriers-and-labels#4.1" },
    { id: "us-puerto-rico", country: "US", name: { en: "Puerto Rico", zh: "波多黎各" }, rules: [ZIP3("006", "007"), ZIP3("009")], source: "ref:carriers-and-labels#4.1" },
    { id: "us-virgin-islands", country: "US", name: { en: "US Virgin Islands", zh: "美属维尔京群岛" }, rules: [ZIP3("008")], source: "ref:carriers-and-labels#4.1" },
    { id: "us-military-ae", country: "US", name: { en: "APO/FPO/DPO AE", zh: "美军邮政 AE" }, rules: [ZIP3("090", "098")], source: "ref:carriers-and-labels#4.1", unconfirmed: true },
    { id: "us-military-aa", country: "US", name: { en: "APO/FPO/DPO AA", zh: "美军邮政 AA" }, rules: [ZIP3("340")], source: "ref:carriers-and-labels#4.1", unconfirmed: true },
    { id: "us-military-ap", country: "US", name: { en: "APO/FPO/DPO AP", zh: "美军邮政 AP" }, rules: [ZIP3("962", "966")], source: "ref:carriers-and-labels#4.1", unconfirmed: true },
    {
      id: "us-pacific-islands",
      country: "US",
      name: { en: "Guam, Northern Mariana Is., Marshall Is., Micronesia, Palau", zh: "关岛、北马里亚纳群岛、马绍尔群岛、密克罗尼西亚、帕劳" },
      rules: [ZIP3("969")],
      source: "ref:carriers-and-labels#4.1",
      unconfirmed: true
    },
    {
      id: "gb-offshore",
      country: "GB",
      name: { en: "UK offshore: Shetland, Orkney, Western Isles, Isle of Man, Channel Islands, Isles of Scilly, Northern Ireland", zh: "英国离岛:设得兰、奥克尼、外赫布里底、马恩岛、海峡群岛、锡利群岛、北爱尔兰" },
      rules: [UK("ZE"), UK("KW", 15, 17), UK("HS"), UK("IM"), UK("GY"), UK("JE"), UK("TR", 21, 25), UK("BT")],
      source: "ref:carriers-and-labels#4.2",
      note: { en: "Channel Islands are outside the UK VAT area: customs data needed.", zh: "海峡群岛不在英国增值税区内,需要报关数据。" }
    },
    {
      id: "gb-highlands",
      country: "GB",
      name: { en: "Scottish Highlands & islands (mainland districts)", zh: "苏格兰高地及岛屿(本岛邮区)" },
      rules: [UK("AB", 30, 38), UK("AB", 41, 56), UK("DD", 8, 10), UK("FK", 8), UK("FK", 17, 21), UK("G", 83), UK("IV"), UK("KA", 27, 28), UK("KW", 1, 14), UK("PA", 20, 99), UK("PH", 11), UK("PH", 13, 50)],
      source: UK_RETAILER_POSTCODES,
      // One retailer's district list; every courier publishes its own (ref §4.2).
      unconfirmed: true,
      note: { en: "A single retailer's list; couriers' own district lists differ.", zh: "单一零售商的邮区列表;各承运商的列表不同。" }
    },
    { id: "gb-isle-of-wight", country: "GB", name: { en: "Isle of Wight", zh: "怀特岛" }, rules: [UK("PO", 30, 41)], source: "ref:carriers-and-labels#4.2", unconfirmed: true },
    { id: "gb-anglesey", country: "GB", name: { en: "Anglesey", zh: "安格尔西岛" }, rules: [UK("LL", 58, 78)], source: "ref:carriers-and-labels#4.2", unconfirmed: true }
  ];
  const defaultRulePack = {
    version: "1.0.0",
    effectiveFrom: "2024-08-01",
    moneyRounding: { mode: "half-up", scope: "per-line", source: "pack:money-rounding" },
    sellerGuidance: {
      notRecommendedBelowDailyOrders: {
        value: 20,
        source: "seed:S15",
        note: { en: "Minimums and integration cost (API debugging about ¥3,000–8,000, S17) make certified last mile a poor fit below 20 orders a day.", zh: "由于起订量门槛与对接成本(API 调试约 ¥3,000–8,000,S17),日单量低于 20 单不建议使用认证尾程。" }
      },
      suitedFromDailyOrders: { value: 50, source: "seed:S15" }
    },
    markets,
    carriers,
    postcodeSets,
    feeTables: [
      {
        carrierId: "jt-express",
        market: "US",
        currency: "USD",
        weightBands: [{ maxWeightGrams: 500, baseMinor: 328, source: "seed:S20", note: { en: "Standard parcel up to 0.5 kg, J&T US channel.", zh: "标准包裹 0.5 kg 以内,J&T 美国通道。" } }],
        fuel: [{ month: "2024-08", perKgMinor: 21, source: "seed:S21", note: { en: "Floats monthly.", zh: "按月浮动。" } }],
        remoteAreas: [
          {
            postcodeSetIds: ["us-alaska", "us-hawaii"],
            feeMinor: 250,
            source: "seed:S22",
            note: { en: "S22 names Alaska and Hawaii as remote areas; other areas have no fee on file.", zh: "S22 以阿拉斯加、夏威夷为偏远地区示例;其他地区无费用记录。" }
          }
        ],
        trackingFee: { perOrderMinor: 15, mandatory: true, source: "seed:S23", note: { en: "Pays for pushing tracking data to TikTok.", zh: "用于物流数据回传 TikTok 系统。" } },
        priorityFee: { perOrderMinor: 80, source: "seed:S25", note: { en: "Optional tag; raises the order’s algorithmic weighting.", zh: "可选标签;提升订单算法加权。" } }
      },
      {
        carrierId: "zongteng",
        market: "US",
        currency: "USD",
        // No Zongteng base rates on file: quotes say "no rate on file" until the seller imports a card.
        weightBands: [],
        rebateTiers: [
          {
            aboveMonthlyParcels: 1e4,
            percent: 3.5,
            requiresContract: true,
            source: "seed:S26",
            note: { en: "More than 10,000 parcels a month; separate contract.", zh: "月单量超过 1 万单;需单独签约。" }
          }
        ]
      }
    ]
  };
  function formatIssuePath$1(path) {
    return path.reduce((text, key) => typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key), "");
  }
  function toErrors(error2) {
    return error2.issues.map((issue2) => ({ path: formatIssuePath$1(issue2.path), message: issue2.message }));
  }
  function readJson(json) {
    if (typeof json !== "string") return { ok: true, value: json };
    try {
      return { ok: true, value: JSON.parse(json) };
    } catch (error2) {
      return { ok: false, errors: [{ path: "", message: `not valid JSON: ${error2.message}` }] };
    }
  }
  function parseRulePackOverride(json, base) {
    const read = readJson(json);
    if (!read.ok) return read;
    const result2 = rulePackOverrideSchema.superRefine((override, ctx) => checkPackReferences(override, ctx, base)).safeParse(read.value);
    return result2.success ? { ok: true, override: result2.data } : { ok: false, errors: toErrors(result2.error) };
  }
  function mergeByKey(base, over, keyOf, combine) {
    if (!over?.length) return [...base];
    const merged = new Map(base.map((item) => [keyOf(item), item]));
    for (const item of over) {
      const previous = merged.get(keyOf(item));
      merged.set(keyOf(item), previous === void 0 ? item : combine(previous, item));
    }
    return [...merged.values()];
  }
  const tableKey$1 = (t) => `${t.carrierId}/${t.market}`;
  function mergeFeeTable(base, over) {
    const fuel = over.fuel ? mergeByKey(base.fuel ?? [], over.fuel, (f) => f.month, (_, b) => b).sort((a, b) => a.month.localeCompare(b.month)) : base.fuel;
    const merged = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (value !== void 0) merged[key] = value;
    }
    if (fuel) merged.fuel = fuel;
    return merged;
  }
  function tableFromOverride(over, pack) {
    const currency = over.currency ?? pack.markets.find((m) => m.code === over.market)?.currency.code ?? "";
    return { ...over, currency, weightBands: over.weightBands ?? [] };
  }
  function carrierFromRates(id) {
    const aliases = CARRIER_ALIASES[id];
    const en2 = aliases[0] ?? id;
    const zh = aliases.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? en2;
    return { id, name: { en: en2, zh }, markets: [] };
  }
  function ensureCarrierServes(carriers2, table) {
    const index = carriers2.findIndex((c) => c.id === table.carrierId);
    const carrier = index >= 0 ? carriers2[index] : carrierFromRates(table.carrierId);
    if (carrier.markets.some((m) => m.market === table.market)) return carriers2;
    const served = { market: table.market, source: "user" };
    const updated = { ...carrier, markets: [...carrier.markets, served] };
    return index >= 0 ? carriers2.map((c, i) => i === index ? updated : c) : [...carriers2, updated];
  }
  function mergeRulePacks(base, override) {
    const merged = {
      ...base,
      version: override.version ?? (base.version.endsWith("+user") ? base.version : `${base.version}+user`),
      effectiveFrom: override.effectiveFrom ?? base.effectiveFrom,
      moneyRounding: override.moneyRounding ?? base.moneyRounding,
      markets: mergeByKey(base.markets, override.markets, (m) => m.code, (a, b) => ({ ...a, ...b })),
      carriers: mergeByKey(base.carriers, override.carriers, (c) => c.id, (a, b) => ({
        ...a,
        ...b,
        markets: mergeByKey(a.markets, b.markets, (m) => m.market, (x, y) => ({ ...x, ...y }))
      })),
      postcodeSets: mergeByKey(base.postcodeSets, override.postcodeSets, (s) => s.id, (_, b) => b),
      feeTables: [...base.feeTables]
    };
    if (override.sellerGuidance) merged.sellerGuidance = { ...base.sellerGuidance, ...override.sellerGuidance };
    if (override.sellerCenterSelectors) merged.sellerCenterSelectors = { ...base.sellerCenterSelectors, ...override.sellerCenterSelectors };
    for (const over of override.feeTables ?? []) {
      const index = merged.feeTables.findIndex((t) => tableKey$1(t) === tableKey$1(over));
      const table = index >= 0 ? mergeFeeTable(merged.feeTables[index], over) : tableFromOverride(over, merged);
      if (index >= 0) merged.feeTables[index] = table;
      else merged.feeTables.push(table);
      merged.carriers = ensureCarrierServes(merged.carriers, table);
    }
    return merged;
  }
  var papaparse_min$1 = { exports: {} };
  var papaparse_min = papaparse_min$1.exports;
  var hasRequiredPapaparse_min;
  function requirePapaparse_min() {
    if (hasRequiredPapaparse_min) return papaparse_min$1.exports;
    hasRequiredPapaparse_min = 1;
    (function(module, exports) {
      ((e, t) => {
        module.exports = t();
      })(papaparse_min, function r() {
        var n2 = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n2 ? n2 : {};
        var s = !n2.document && !!n2.postMessage, a = n2.IS_PAPA_WORKER || false, o = {}, h = 0, w = {};
        function q(e) {
          return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
        }
        function u(e) {
          this._handle = null, this._finished = false, this._completed = false, this._halted = false, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = true, this._completeResults = { data: [], errors: [], meta: {} }, (function(e2) {
            var t = E(e2);
            t.chunkSize = parseInt(t.chunkSize), e2.step || e2.chunk || (t.chunkSize = null);
            this._handle = new i(t), (this._handle.streamer = this)._config = t;
          }).call(this, e), this.parseChunk = function(t, e2) {
            var i2 = parseInt(this._config.skipFirstNLines) || 0;
            if (this.isFirstChunk && 0 < i2) {
              let e3 = this._config.newline;
              e3 || (r2 = this._config.quoteChar || '"', e3 = this._handle.guessLineEndings(t, r2)), t = [...t.split(e3).slice(i2)].join(e3);
            }
            this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r2 = this._config.beforeFirstChunk(t)) && (t = r2), this.isFirstChunk = false, this._halted = false;
            var i2 = this._partialLine + t, r2 = (this._partialLine = "", this._handle.parse(i2, this._baseIndex, !this._finished));
            if (!this._handle.paused() && !this._handle.aborted()) {
              t = r2.meta.cursor, i2 = (this._finished || (this._partialLine = i2.substring(t - this._baseIndex), this._baseIndex = t), r2 && r2.data && (this._rowCount += r2.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
              if (a) n2.postMessage({ results: r2, workerId: w.WORKER_ID, finished: i2 });
              else if (U(this._config.chunk) && !e2) {
                if (this._config.chunk(r2, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = true);
                this._completeResults = r2 = void 0;
              }
              return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r2.data), this._completeResults.errors = this._completeResults.errors.concat(r2.errors), this._completeResults.meta = r2.meta), this._completed || !i2 || !U(this._config.complete) || r2 && r2.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = true), i2 || r2 && r2.meta.paused || this._nextChunk(), r2;
            }
            this._halted = true;
          }, this._sendError = function(e2) {
            U(this._config.error) ? this._config.error(e2) : a && this._config.error && n2.postMessage({ workerId: w.WORKER_ID, error: e2, finished: false });
          };
        }
        function d(e) {
          var r2;
          (e = e || {}).chunkSize || (e.chunkSize = w.RemoteChunkSize), u.call(this, e), this._nextChunk = s ? function() {
            this._readChunk(), this._chunkLoaded();
          } : function() {
            this._readChunk();
          }, this.stream = function(e2) {
            this._input = e2, this._nextChunk();
          }, this._readChunk = function() {
            if (this._finished) this._chunkLoaded();
            else {
              if (r2 = new XMLHttpRequest(), this._config.withCredentials && (r2.withCredentials = this._config.withCredentials), s || (r2.onload = m(this._chunkLoaded, this), r2.onerror = m(this._chunkError, this)), r2.ontimeout = m(this._chunkTimeout, this), r2.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !s), this._config.downloadTimeout && !s && (r2.timeout = this._config.downloadTimeout), this._config.downloadRequestHeaders) {
                var e2, t = this._config.downloadRequestHeaders;
                for (e2 in t) r2.setRequestHeader(e2, t[e2]);
              }
              var i2;
              this._config.chunkSize && (i2 = this._start + this._config.chunkSize - 1, r2.setRequestHeader("Range", "bytes=" + this._start + "-" + i2));
              try {
                r2.send(this._config.downloadRequestBody);
              } catch (e3) {
                this._chunkError(e3.message);
              }
              s && 0 === r2.status && this._chunkError();
            }
          }, this._chunkLoaded = function() {
            4 === r2.readyState && (r2.status < 200 || 400 <= r2.status ? this._chunkError() : (this._start += this._config.chunkSize || r2.responseText.length, this._finished = !this._config.chunkSize || this._start >= ((e2) => null !== (e2 = e2.getResponseHeader("Content-Range")) ? parseInt(e2.substring(e2.lastIndexOf("/") + 1)) : -1)(r2), this.parseChunk(r2.responseText)));
          }, this._chunkError = function(e2) {
            e2 = r2.statusText || e2;
            this._sendError(new Error(e2));
          }, this._chunkTimeout = function() {
            this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
          };
        }
        function l(e) {
          (e = e || {}).chunkSize || (e.chunkSize = w.LocalChunkSize), u.call(this, e);
          var i2, r2, n3 = "undefined" != typeof FileReader;
          this.stream = function(e2) {
            this._input = e2, r2 = e2.slice || e2.webkitSlice || e2.mozSlice, n3 ? ((i2 = new FileReader()).onload = m(this._chunkLoaded, this), i2.onerror = m(this._chunkError, this)) : i2 = new FileReaderSync(), this._nextChunk();
          }, this._nextChunk = function() {
            this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
          }, this._readChunk = function() {
            var e2 = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e2 = r2.call(e2, this._start, t)), i2.readAsText(e2, this._config.encoding));
            n3 || this._chunkLoaded({ target: { result: t } });
          }, this._chunkLoaded = function(e2) {
            this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e2.target.result);
          }, this._chunkError = function() {
            this._sendError(i2.error);
          };
        }
        function f(e) {
          var i2;
          u.call(this, e = e || {}), this.stream = function(e2) {
            return i2 = e2, this._nextChunk();
          }, this._nextChunk = function() {
            var e2, t;
            if (!this._finished) return e2 = this._config.chunkSize, i2 = e2 ? (t = i2.substring(0, e2), i2.substring(e2)) : (t = i2, ""), this._finished = !i2, this.parseChunk(t);
          };
        }
        function c(e) {
          u.call(this, e = e || {});
          var t = [], i2 = true, r2 = false;
          this.pause = function() {
            u.prototype.pause.apply(this, arguments), this._input.pause();
          }, this.resume = function() {
            u.prototype.resume.apply(this, arguments), this._input.resume();
          }, this.stream = function(e2) {
            this._input = e2, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
          }, this._checkIsFinished = function() {
            r2 && 1 === t.length && (this._finished = true);
          }, this._nextChunk = function() {
            this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i2 = true;
          }, this._streamData = m(function(e2) {
            try {
              t.push("string" == typeof e2 ? e2 : e2.toString(this._config.encoding)), i2 && (i2 = false, this._checkIsFinished(), this.parseChunk(t.shift()));
            } catch (e3) {
              this._streamError(e3);
            }
          }, this), this._streamError = m(function(e2) {
            this._streamCleanUp(), this._sendError(e2);
          }, this), this._streamEnd = m(function() {
            this._streamCleanUp(), r2 = true, this._streamData("");
          }, this), this._streamCleanUp = m(function() {
            this._input.removeListener("data", this._streamData), this._input.removeListener("end", this._streamEnd), this._input.removeListener("error", this._streamError);
          }, this);
        }
        function i(m2) {
          var n3, s2, a2, t, o2 = Math.pow(2, 53), h2 = -o2, u2 = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d2 = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i2 = this, r2 = 0, l2 = 0, f2 = false, e = false, c2 = [], p2 = { data: [], errors: [], meta: {} };
          function y(e2) {
            return "greedy" === m2.skipEmptyLines ? "" === e2.join("").trim() : 1 === e2.length && 0 === e2[0].length;
          }
          function _2() {
            if (p2 && a2 && (k("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + w.DefaultDelimiter + "'"), a2 = false), m2.skipEmptyLines && (p2.data = p2.data.filter(function(e3) {
              return !y(e3);
            })), g2()) {
              let t2 = function(e3) {
                c2.push(e3);
              };
              if (p2) if (Array.isArray(p2.data[0])) {
                for (var e2 = 0; g2() && e2 < p2.data.length; e2++) p2.data[e2].forEach(t2);
                p2.data.splice(0, 1);
              } else p2.data.forEach(t2);
            }
            function i3(e3, t2) {
              for (var i4 = m2.header ? {} : [], r4 = 0; r4 < e3.length; r4++) {
                var n4 = r4, s3 = e3[r4], s3 = ((e4, t3) => ((e5) => (m2.dynamicTypingFunction && void 0 === m2.dynamicTyping[e5] && (m2.dynamicTyping[e5] = m2.dynamicTypingFunction(e5)), true === (m2.dynamicTyping[e5] || m2.dynamicTyping)))(e4) ? "true" === t3 || "TRUE" === t3 || "false" !== t3 && "FALSE" !== t3 && (((e5) => {
                  if (u2.test(e5)) {
                    e5 = parseFloat(e5);
                    if (h2 < e5 && e5 < o2) return 1;
                  }
                })(t3) ? parseFloat(t3) : d2.test(t3) ? new Date(t3) : "" === t3 ? null : t3) : t3)(n4 = m2.header ? r4 >= c2.length ? "__parsed_extra" : c2[r4] : n4, s3 = m2.transform ? m2.transform(s3, n4) : s3);
                "__parsed_extra" === n4 ? (i4[n4] = i4[n4] || [], i4[n4].push(s3)) : i4[n4] = s3;
              }
              return m2.header && (r4 > c2.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c2.length + " fields but parsed " + r4, l2 + t2) : r4 < c2.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c2.length + " fields but parsed " + r4, l2 + t2)), i4;
            }
            var r3;
            p2 && (m2.header || m2.dynamicTyping || m2.transform) && (r3 = 1, !p2.data.length || Array.isArray(p2.data[0]) ? (p2.data = p2.data.map(i3), r3 = p2.data.length) : p2.data = i3(p2.data, 0), m2.header && p2.meta && (p2.meta.fields = c2), l2 += r3);
          }
          function g2() {
            return m2.header && 0 === c2.length;
          }
          function k(e2, t2, i3, r3) {
            e2 = { type: e2, code: t2, message: i3 };
            void 0 !== r3 && (e2.row = r3), p2.errors.push(e2);
          }
          U(m2.step) && (t = m2.step, m2.step = function(e2) {
            p2 = e2, g2() ? _2() : (_2(), 0 !== p2.data.length && (r2 += e2.data.length, m2.preview && r2 > m2.preview ? s2.abort() : (p2.data = p2.data[0], t(p2, i2))));
          }), this.parse = function(e2, t2, i3) {
            var r3 = m2.quoteChar || '"', r3 = (m2.newline || (m2.newline = this.guessLineEndings(e2, r3)), a2 = false, m2.delimiter ? U(m2.delimiter) && (m2.delimiter = m2.delimiter(e2), p2.meta.delimiter = m2.delimiter) : ((r3 = ((e3, t3, i4, r4, n4) => {
              var s3, a3, o3, h3;
              n4 = n4 || [",", "	", "|", ";", w.RECORD_SEP, w.UNIT_SEP];
              for (var u3 = 0; u3 < n4.length; u3++) {
                for (var d3, l3 = n4[u3], f3 = 0, c3 = 0, p3 = 0, _3 = (o3 = void 0, new b({ comments: r4, delimiter: l3, newline: t3, preview: 10 }).parse(e3)), g3 = 0; g3 < _3.data.length; g3++) i4 && y(_3.data[g3]) ? p3++ : (d3 = _3.data[g3].length, c3 += d3, void 0 === o3 ? o3 = d3 : 0 < d3 && (f3 += Math.abs(d3 - o3), o3 = d3));
                0 < _3.data.length && (c3 /= _3.data.length - p3), 1.99 < c3 && (void 0 === a3 || f3 < a3 || f3 === a3 && h3 < c3) && (a3 = f3, s3 = l3, h3 = c3);
              }
              return { successful: !!(m2.delimiter = s3), bestDelimiter: s3 };
            })(e2, m2.newline, m2.skipEmptyLines, m2.comments, m2.delimitersToGuess)).successful ? m2.delimiter = r3.bestDelimiter : (a2 = true, m2.delimiter = w.DefaultDelimiter), p2.meta.delimiter = m2.delimiter), E(m2));
            return r3.header = g2(), m2.preview && m2.header && r3.preview++, n3 = e2, s2 = new b(r3), p2 = s2.parse(n3, t2, i3), _2(), f2 ? { meta: { paused: true } } : p2 || { meta: { paused: false } };
          }, this.paused = function() {
            return f2;
          }, this.pause = function() {
            f2 = true, s2.abort(), n3 = U(m2.chunk) ? "" : n3.substring(s2.getCharIndex());
          }, this.resume = function() {
            i2.streamer._halted ? (f2 = false, i2.streamer.parseChunk(n3, true)) : setTimeout(i2.resume, 3);
          }, this.aborted = function() {
            return e;
          }, this.abort = function() {
            e = true, s2.abort(), p2.meta.aborted = true, U(m2.complete) && m2.complete(p2), n3 = "";
          }, this.guessLineEndings = function(e2, t2) {
            e2 = e2.substring(0, 1048576);
            var t2 = new RegExp(P(t2) + "([^]*?)" + P(t2), "gm"), i3 = (e2 = e2.replace(t2, "")).split("\r"), t2 = e2.split("\n"), e2 = 1 < t2.length && t2[0].length < i3[0].length;
            if (1 === i3.length || e2) return "\n";
            for (var r3 = 0, n4 = 0; n4 < i3.length; n4++) "\n" === i3[n4][0] && r3++;
            return r3 >= i3.length / 2 ? "\r\n" : "\r";
          };
        }
        function P(e) {
          return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        }
        function b(C) {
          var S = (C = C || {}).delimiter, O = C.newline, x = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L2 = false, F = null == C.quoteChar ? '"' : C.quoteChar, z = F;
          if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x === S) throw new Error("Comment character same as delimiter");
          true === x ? x = "#" : ("string" != typeof x || -1 < w.BAD_DELIMITERS.indexOf(x)) && (x = false), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
          var M = 0, j = false;
          this.parse = function(i2, t, r2) {
            if ("string" != typeof i2) throw new Error("Input must be a string");
            var n3 = i2.length, e = S.length, s2 = O.length, a2 = x.length, o2 = U(T), h2 = [], u2 = [], d2 = [], l2 = M = 0;
            if (!i2) return v();
            if (A || false !== A && -1 === i2.indexOf(F)) {
              for (var f2 = i2.split(O), c2 = 0; c2 < f2.length; c2++) {
                if (d2 = f2[c2], M += d2.length, c2 !== f2.length - 1) M += O.length;
                else if (r2) return v();
                if (!x || d2.substring(0, a2) !== x) {
                  if (o2) {
                    if (h2 = [], k(d2.split(S)), R(), j) return v();
                  } else k(d2.split(S));
                  if (I && I <= c2) return h2 = h2.slice(0, I), v(true);
                }
              }
              return v();
            }
            for (var p2 = i2.indexOf(S, M), _2 = i2.indexOf(O, M), g2 = new RegExp(P(z) + P(F), "g"), m2 = i2.indexOf(F, M); ; ) if (i2[M] === F) for (m2 = M, M++; ; ) {
              if (-1 === (m2 = i2.indexOf(F, m2 + 1))) return r2 || u2.push({ type: "Quotes", code: "MissingQuotes", message: "Quoted field unterminated", row: h2.length, index: M }), b2();
              if (m2 === n3 - 1) return b2(i2.substring(M, m2).replace(g2, F));
              if (F === z && i2[m2 + 1] === z) m2++;
              else if (F === z || 0 === m2 || i2[m2 - 1] !== z) {
                -1 !== p2 && p2 < m2 + 1 && (p2 = i2.indexOf(S, m2 + 1));
                var y = w2(-1 === (_2 = -1 !== _2 && _2 < m2 + 1 ? i2.indexOf(O, m2 + 1) : _2) ? p2 : Math.min(p2, _2));
                if (i2.substr(m2 + 1 + y, e) === S) {
                  d2.push(i2.substring(M, m2).replace(g2, F)), i2[M = m2 + 1 + y + e] !== F && (m2 = i2.indexOf(F, M)), -1 !== p2 && p2 < M && (p2 = i2.indexOf(S, M)), -1 !== _2 && _2 < M && (_2 = i2.indexOf(O, M));
                  break;
                }
                y = w2(_2);
                if (i2.substring(m2 + 1 + y, m2 + 1 + y + s2) === O) {
                  if (d2.push(i2.substring(M, m2).replace(g2, F)), E2(m2 + 1 + y + s2), -1 !== p2 && p2 < M && (p2 = i2.indexOf(S, M)), m2 = i2.indexOf(F, M), o2 && (R(), j)) return v();
                  if (I && h2.length >= I) return v(true);
                  break;
                }
                u2.push({ type: "Quotes", code: "InvalidQuotes", message: "Trailing quote on quoted field is malformed", row: h2.length, index: M }), m2++;
              }
            }
            else if (x && 0 === d2.length && i2.substring(M, M + a2) === x) {
              if (-1 === _2) return v();
              M = _2 + s2, _2 = i2.indexOf(O, M), -1 !== p2 && p2 < M && (p2 = i2.indexOf(S, M));
            } else if (-1 !== p2 && (p2 < _2 || -1 === _2)) d2.push(i2.substring(M, p2)), M = p2 + e, p2 = i2.indexOf(S, M);
            else {
              if (-1 === _2) break;
              if (d2.push(i2.substring(M, _2)), E2(_2 + s2), o2 && (R(), j)) return v();
              if (I && h2.length >= I) return v(true);
            }
            return b2();
            function k(e2) {
              h2.push(e2), l2 = M;
            }
            function w2(e2) {
              var t2 = 0;
              return t2 = -1 !== e2 && (e2 = i2.substring(m2 + 1, e2)) && "" === e2.trim() ? e2.length : t2;
            }
            function b2(e2) {
              return r2 || (void 0 === e2 && (e2 = i2.substring(M)), d2.push(e2), M = n3, k(d2), o2 && R()), v();
            }
            function E2(e2) {
              M = e2, k(d2), d2 = [], _2 = i2.indexOf(O, M);
            }
            function v(e2) {
              if (C.header && !t && h2.length && !L2) {
                var s3 = h2[0], a3 = /* @__PURE__ */ Object.create(null), o3 = new Set(s3);
                let n4 = false;
                for (let r3 = 0; r3 < s3.length; r3++) {
                  let i3 = q(s3[r3]);
                  if (a3[i3 = U(C.transformHeader) ? C.transformHeader(i3, r3) : i3]) {
                    let e3, t2 = a3[i3];
                    for (; e3 = i3 + "_" + t2, t2++, o3.has(e3); ) ;
                    o3.add(e3), s3[r3] = e3, a3[i3]++, n4 = true, (D = null === D ? {} : D)[e3] = i3;
                  } else a3[i3] = 1, s3[r3] = i3;
                  o3.add(i3);
                }
                n4 && console.warn("Duplicate headers found and renamed."), L2 = true;
              }
              return { data: h2, errors: u2, meta: { delimiter: S, linebreak: O, aborted: j, truncated: !!e2, cursor: l2 + (t || 0), renamedHeaders: D } };
            }
            function R() {
              T(v()), h2 = [], u2 = [];
            }
          }, this.abort = function() {
            j = true;
          }, this.getCharIndex = function() {
            return M;
          };
        }
        function p(e) {
          var t = e.data, i2 = o[t.workerId], r2 = false;
          if (t.error) i2.userError(t.error, t.file);
          else if (t.results && t.results.data) {
            var n3 = { abort: function() {
              r2 = true, _(t.workerId, { data: [], errors: [], meta: { aborted: true } });
            }, pause: g, resume: g };
            if (U(i2.userStep)) {
              for (var s2 = 0; s2 < t.results.data.length && (i2.userStep({ data: t.results.data[s2], errors: t.results.errors, meta: t.results.meta }, n3), !r2); s2++) ;
              delete t.results;
            } else U(i2.userChunk) && (i2.userChunk(t.results, n3, t.file), delete t.results);
          }
          t.finished && !r2 && _(t.workerId, t.results);
        }
        function _(e, t) {
          var i2 = o[e];
          U(i2.userComplete) && i2.userComplete(t), i2.terminate(), delete o[e];
        }
        function g() {
          throw new Error("Not implemented.");
        }
        function E(e) {
          if ("object" != typeof e || null === e) return e;
          var t, i2 = Array.isArray(e) ? [] : {};
          for (t in e) i2[t] = E(e[t]);
          return i2;
        }
        function m(e, t) {
          return function() {
            e.apply(t, arguments);
          };
        }
        function U(e) {
          return "function" == typeof e;
        }
        return w.parse = function(e, t) {
          var i2 = (t = t || {}).dynamicTyping || false;
          U(i2) && (t.dynamicTypingFunction = i2, i2 = {});
          if (t.dynamicTyping = i2, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
            var i2 = parseInt(t.downloadTimeout);
            if (isNaN(i2)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
            t.downloadTimeout = i2;
          }
          if (!t.worker || !w.WORKERS_SUPPORTED) return i2 = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i2 = new (t.download ? d : f)(t)) : true === e.readable && U(e.read) && U(e.on) ? i2 = new c(t) : (n2.File && e instanceof File || e instanceof Object) && (i2 = new l(t)), i2.stream(e);
          (i2 = (() => {
            var e2;
            return !!w.WORKERS_SUPPORTED && (e2 = (() => {
              var e3 = n2.URL || n2.webkitURL || null, t2 = r.toString();
              return w.BLOB_URL || (w.BLOB_URL = e3.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", t2, ")();"], { type: "text/javascript" })));
            })(), (e2 = new n2.Worker(e2)).onmessage = p, e2.id = h++, o[e2.id] = e2);
          })()).userStep = t.step, i2.userChunk = t.chunk, i2.userComplete = t.complete, i2.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i2.postMessage({ input: e, config: t, workerId: i2.id });
        }, w.unparse = function(e, t) {
          var s2 = false, g2 = true, m2 = ",", y = "\r\n", a2 = '"', o2 = a2 + a2, i2 = false, r2 = null, h2 = false, u2 = ((() => {
            if ("object" == typeof t) {
              if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e2) {
                return -1 !== t.delimiter.indexOf(e2);
              }).length || (m2 = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s2 = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i2 = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a2 = t.quoteChar, o2 = a2 + a2), "boolean" == typeof t.header && (g2 = t.header), Array.isArray(t.columns)) {
                if (0 === t.columns.length) throw new Error("Option columns is empty");
                r2 = t.columns;
              }
              void 0 !== t.escapeChar && (o2 = t.escapeChar + a2), t.escapeFormulae instanceof RegExp ? h2 = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h2 = /^[=+\-@\t\r].*$/);
            }
          })(), new RegExp(P(a2), "g"));
          "string" == typeof e && (e = JSON.parse(e));
          if (Array.isArray(e)) {
            if (!e.length) return n3(r2, e, i2);
            if (Array.isArray(e[0])) return n3(null, e, i2);
            if ("object" == typeof e[0]) return n3(r2 || Object.keys(e[0]), e, i2);
          } else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r2), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n3(e.fields || [], e.data || [], i2);
          throw new Error("Unable to serialize unrecognized input");
          function n3(e2, t2, i3) {
            var r3 = "", n4 = ("string" == typeof e2 && (e2 = JSON.parse(e2)), "string" == typeof t2 && (t2 = JSON.parse(t2)), Array.isArray(e2) && 0 < e2.length), s3 = !Array.isArray(t2[0]);
            if (n4 && g2) {
              for (var a3 = 0; a3 < e2.length; a3++) 0 < a3 && (r3 += m2), r3 += k(e2[a3], a3);
              0 < t2.length && (r3 += y);
            }
            for (var o3 = 0; o3 < t2.length; o3++) {
              var h3 = (n4 ? e2 : t2[o3]).length, u3 = false, d2 = n4 ? 0 === Object.keys(t2[o3]).length : 0 === t2[o3].length;
              if (i3 && !n4 && (u3 = "greedy" === i3 ? "" === t2[o3].join("").trim() : 1 === t2[o3].length && (null == t2[o3][0] || 0 === t2[o3][0].length)), "greedy" === i3 && n4) {
                for (var l2 = [], f2 = 0; f2 < h3; f2++) {
                  var c2 = s3 ? e2[f2] : f2;
                  l2.push(t2[o3][c2]);
                }
                u3 = "" === l2.join("").trim();
              }
              if (!u3) {
                for (var p2 = 0; p2 < h3; p2++) {
                  0 < p2 && !d2 && (r3 += m2);
                  var _2 = n4 && s3 ? e2[p2] : p2;
                  r3 += k(t2[o3][_2], p2);
                }
                o3 < t2.length - 1 && (!i3 || 0 < h3 && !d2) && (r3 += y);
              }
            }
            return r3;
          }
          function k(e2, t2) {
            var i3, r3, n4;
            return null == e2 ? "" : e2.constructor === Date ? isNaN(e2.getTime()) ? "" : e2.toISOString() : (n4 = false, i3 = e2.toString(), h2 && "number" != typeof e2 && "bigint" != typeof e2 && "boolean" != typeof e2 && h2.test(i3) && (e2 = i3 = "'" + i3, n4 = true), r3 = i3.replace(u2, o2), (n4 = n4 || true === s2 || "function" == typeof s2 && s2(e2, t2) || Array.isArray(s2) && s2[t2] || ((e3, t3) => {
              for (var i4 = 0; i4 < t3.length; i4++) if (-1 < e3.indexOf(t3[i4])) return true;
              return false;
            })(r3, w.BAD_DELIMITERS) || -1 < r3.indexOf(m2) || -1 < i3.indexOf(a2) || " " === r3.charAt(0) || " " === r3.charAt(r3.length - 1)) ? a2 + r3 + a2 : r3);
          }
        }, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "\uFEFF", w.BAD_DELIMITERS = ["\r", "\n", '"', w.BYTE_ORDER_MARK], w.WORKERS_SUPPORTED = !s && !!n2.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n2.onmessage = function(e) {
          e = e.data;
          void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
          "string" == typeof e.input ? n2.postMessage({ workerId: w.WORKER_ID, results: w.parse(e.input, e.config), finished: true }) : (n2.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n2.postMessage({ workerId: w.WORKER_ID, results: e, finished: true });
        }), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
      });
    })(papaparse_min$1);
    return papaparse_min$1.exports;
  }
  requirePapaparse_min();
  function normalizePostcode(postcode) {
    const text = /^[\x20-\x7e]*$/.test(postcode) ? postcode : postcode.normalize("NFKC");
    return text.toUpperCase().replace(/[\s-]+/g, "");
  }
  const ZIP_PATTERN = /^(\d{3})\d{2}(?:\d{4})?$/;
  const UK_PATTERN = /^([A-Z]{1,2})(\d{1,2})[A-Z]?(?:\d[A-Z]{2})?$/;
  function parsePostcode(postcode) {
    const normalized = typeof postcode === "string" ? normalizePostcode(postcode) : "";
    const parsed = { normalized };
    const zip = ZIP_PATTERN.exec(normalized);
    if (zip?.[1]) parsed.zip3 = zip[1];
    const uk = UK_PATTERN.exec(normalized);
    if (uk?.[1] && uk[2] !== void 0) parsed.ukOutward = { area: uk[1], district: Number(uk[2]) };
    return parsed;
  }
  function matchesParsedPostcode(rule, parsed) {
    switch (rule.kind) {
      case "zip3-range":
        return parsed.zip3 !== void 0 && parsed.zip3 >= rule.from && parsed.zip3 <= rule.to;
      case "uk-district": {
        const outward = parsed.ukOutward;
        if (!outward || outward.area !== rule.area) return false;
        if (rule.from === void 0) return true;
        return outward.district >= rule.from && outward.district <= (rule.to ?? rule.from);
      }
      case "prefix":
        return parsed.normalized.length > 0 && parsed.normalized.startsWith(rule.prefix);
    }
  }
  function isReadablePostcode(country, postcode) {
    const parsed = typeof postcode === "string" ? parsePostcode(postcode) : postcode;
    if (country === "US") return parsed.zip3 !== void 0;
    if (country === "GB") return parsed.ukOutward !== void 0;
    return parsed.normalized.length > 0;
  }
  function describePostcodeRule(rule) {
    switch (rule.kind) {
      case "zip3-range":
        return rule.from === rule.to ? `ZIP ${rule.from}xx` : `ZIP ${rule.from}–${rule.to}`;
      case "uk-district":
        if (rule.from === void 0) return rule.area;
        return rule.to === void 0 || rule.to === rule.from ? `${rule.area}${rule.from}` : `${rule.area}${rule.from}–${rule.area}${rule.to}`;
      case "prefix":
        return `${rule.prefix}…`;
    }
  }
  const GRAMS_PER_POUND = 453.59237;
  const MM_PER_INCH = 25.4;
  const EPSILON = 1e-9;
  function roundSide(value, mode) {
    if (mode === "nearest") return Math.round(value + EPSILON);
    if (mode === "up") return Math.ceil(value - EPSILON);
    return value;
  }
  function roundWeight(value, mode) {
    if (mode === "up-whole") return Math.ceil(value - EPSILON);
    if (mode === "up-half") return Math.ceil(value * 2 - EPSILON) / 2;
    return value;
  }
  function computeVolumetricWeightGrams(dimensionsMm2, rule) {
    const perUnit = rule.unit === "in3-per-lb" ? MM_PER_INCH : 10;
    const sides = [dimensionsMm2.length, dimensionsMm2.width, dimensionsMm2.height].map((mm) => roundSide(mm / perUnit, rule.sideRounding));
    const volume = sides.reduce((product, side) => product * side, 1);
    if (rule.appliesAboveVolume !== void 0 && volume <= rule.appliesAboveVolume) return null;
    const weight = roundWeight(volume / rule.divisor, rule.weightRounding);
    const grams = weight * (rule.unit === "in3-per-lb" ? GRAMS_PER_POUND : 1e3);
    return Math.ceil(grams - EPSILON);
  }
  function computeChargeableWeight(parcel, rule, carrierName) {
    const warnings = [];
    const actual = parcel.weightGrams;
    let volumetric = null;
    let estimate = false;
    if (parcel.dimensionsMm && !rule) {
      warnings.push({
        code: "no-volumetric-divisor",
        text: {
          en: `No volumetric divisor on file for ${carrierName.en}: chargeable weight uses the actual weight only; the carrier may bill more for a bulky parcel.`,
          zh: `${carrierName.zh}无体积重除数记录:计费重仅按实重计算;大体积包裹承运商可能按体积重计费。`
        },
        source: "seed:S24"
      });
    }
    if (parcel.dimensionsMm && rule) {
      volumetric = computeVolumetricWeightGrams(parcel.dimensionsMm, rule);
      if (rule.unconfirmed) {
        estimate = true;
        warnings.push({
          code: "volumetric-divisor-unconfirmed",
          text: { en: `The volumetric divisor ${rule.divisor} for ${carrierName.en} is unconfirmed: chargeable weight is an estimate.`, zh: `${carrierName.zh}的体积重除数 ${rule.divisor} 未确认:计费重为估算。` },
          source: rule.source
        });
      }
    }
    const chargeable = Math.ceil(Math.max(actual, volumetric ?? 0) - EPSILON);
    if (volumetric !== null && volumetric > actual) {
      const excess = Math.ceil(volumetric - actual);
      warnings.push({
        code: "volumetric-exceeds-actual",
        text: {
          en: `Volumetric weight ${volumetric} g exceeds the actual ${actual} g by ${excess} g: you are billed for ${volumetric} g.`,
          zh: `体积重 ${volumetric} 克比实重 ${actual} 克多 ${excess} 克:按 ${volumetric} 克计费。`
        },
        source: "seed:S24"
      });
    }
    return { actualWeightGrams: actual, volumetricWeightGrams: volumetric, chargeableWeightGrams: chargeable, estimate, warnings };
  }
  function divideRounded(numerator, denominator, mode) {
    const quotient = Math.floor(numerator / denominator);
    const remainder = numerator - quotient * denominator;
    if (mode === "down" || remainder === 0) return quotient;
    if (mode === "up") return quotient + 1;
    return remainder * 2 >= denominator ? quotient + 1 : quotient;
  }
  function percentToMicro(percent) {
    return Math.round(percent * 1e4);
  }
  const SYMBOLS = { USD: "$", GBP: "£", THB: "฿", IDR: "Rp ", VND: "₫ " };
  function formatScaled(value, decimals) {
    const negative = value < 0;
    const digits2 = Math.abs(Math.trunc(value)).toString().padStart(decimals + 1, "0");
    const whole = decimals ? digits2.slice(0, -decimals) : digits2;
    const fraction = decimals ? digits2.slice(-decimals) : "";
    return `${negative ? "−" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
  }
  function formatMoney(minor, currency, exponent) {
    const symbol = SYMBOLS[currency] ?? `${currency} `;
    const text = formatScaled(Math.abs(minor), exponent);
    return `${minor < 0 ? "−" : ""}${symbol}${text}`;
  }
  function formatFractionalMoney(numerator, denominatorPowerOfTen, currency, exponent) {
    const symbol = SYMBOLS[currency] ?? `${currency} `;
    const [whole, fraction = ""] = formatScaled(numerator, exponent + denominatorPowerOfTen).split(".");
    const kept = fraction.replace(/0+$/, "").padEnd(exponent, "0");
    return `${symbol}${whole}${kept ? `.${kept}` : ""}`;
  }
  function formatKg(grams) {
    return formatScaled(Math.round(grams), 3).replace(/\.?0+$/, "");
  }
  const MINOR_UNIT_NAMES = {
    USD: { en: "cent", zh: "美分" },
    GBP: { en: "penny", zh: "便士" },
    THB: { en: "satang", zh: "萨当" }
  };
  function describeUnit(currency, exponent) {
    if (exponent === 0) return { en: `whole ${currency}`, zh: `整数 ${currency}` };
    return MINOR_UNIT_NAMES[currency] ?? { en: `0.${"0".repeat(exponent - 1)}1 ${currency}`, zh: `0.${"0".repeat(exponent - 1)}1 ${currency}` };
  }
  function describeRoundingShort(mode, currency, exponent) {
    const unit = describeUnit(currency, exponent);
    const how = mode === "half-up" ? { en: "rounded half-up", zh: "四舍五入" } : mode === "up" ? { en: "rounded up", zh: "向上取整" } : { en: "rounded down", zh: "向下取整" };
    return { en: `${how.en} to the ${unit.en}`, zh: `${how.zh}到${unit.zh}` };
  }
  function describeRoundingRule(rounding, currency, exponent) {
    const short = describeRoundingShort(rounding.mode, currency, exponent);
    return {
      en: `Each line is ${short.en} on its own (per line); the total is the sum of the rounded lines.`,
      zh: `每一行单独${short.zh}(逐行取整);合计为各行取整后之和。`
    };
  }
  const cache = /* @__PURE__ */ new WeakMap();
  const tableKey = (carrierId, market) => `${carrierId}/${market}`;
  function indexTable(table, market, carrier, pack, sets) {
    const rounding = table.moneyRounding ?? pack.moneyRounding;
    const exponent = market.currency.minorUnitExponent;
    const remote = (table.remoteAreas ?? []).map((fee) => ({
      fee,
      matchers: [
        ...(fee.postcodeSetIds ?? []).flatMap((id) => {
          const set = sets.get(id);
          return set ? set.rules.map((rule) => ({ rule, name: set.name, unconfirmed: set.unconfirmed ?? false })) : [];
        }),
        ...(fee.rules ?? []).map((rule) => {
          const text = describePostcodeRule(rule);
          return { rule, name: { en: text, zh: text }, unconfirmed: false };
        })
      ]
    }));
    return {
      table,
      market,
      exponent,
      fuelAscending: [...table.fuel ?? []].sort((a, b) => a.month.localeCompare(b.month)),
      remote,
      coveredSetIds: new Set((table.remoteAreas ?? []).flatMap((fee) => fee.postcodeSetIds ?? [])),
      rounding,
      roundingRule: describeRoundingRule(rounding, table.currency, exponent),
      roundingShort: describeRoundingShort(rounding.mode, table.currency, exponent),
      where: { en: `${carrier?.name.en ?? table.carrierId} in ${market.name.en}`, zh: `${carrier?.name.zh ?? table.carrierId}(${market.name.zh})` },
      money: (minor) => formatMoney(minor, table.currency, exponent)
    };
  }
  function indexRulePack(pack) {
    const cached2 = cache.get(pack);
    if (cached2) return cached2;
    const markets2 = new Map(pack.markets.map((m) => [m.code, m]));
    const sets = new Map(pack.postcodeSets.map((s) => [s.id, s]));
    const setsByCountry = /* @__PURE__ */ new Map();
    for (const set of pack.postcodeSets) setsByCountry.set(set.country, [...setsByCountry.get(set.country) ?? [], set]);
    const carriers2 = new Map(pack.carriers.map((c) => [c.id, c]));
    const tables = /* @__PURE__ */ new Map();
    for (const table of pack.feeTables) {
      const market = markets2.get(table.market);
      if (market) tables.set(tableKey(table.carrierId, table.market), indexTable(table, market, carriers2.get(table.carrierId), pack, sets));
    }
    const index = { markets: markets2, carriers: carriers2, tables, setsByCountry };
    cache.set(pack, index);
    return index;
  }
  function describeValue(value) {
    if (typeof value === "string") return value;
    if (typeof value === "symbol") return value.description ?? "a symbol";
    if (typeof value === "function") return "a function";
    if (value === null || typeof value !== "object") return String(value);
    return Array.isArray(value) ? "a list" : "an object";
  }
  const NO_RATE_SOURCE = "pack:fee-tables";
  function noRate(carrierId, reasonCode, text) {
    return { kind: "no-rate", carrierId, reason: text.en, reasonCode, text, source: NO_RATE_SOURCE };
  }
  const isPositiveNumber = (value) => typeof value === "number" && Number.isFinite(value) && value > 0;
  function findInputProblem(parcel, context) {
    const p = parcel;
    const c = context;
    if (typeof p !== "object" || p === null) return { en: "No parcel was given.", zh: "未提供包裹信息。" };
    if (!isPositiveNumber(p.weightGrams)) return { en: `Weight must be a positive number of grams (got ${describeValue(p.weightGrams)}).`, zh: `重量须为大于 0 的克数(收到 ${describeValue(p.weightGrams)})。` };
    const d = p.dimensionsMm;
    if (d !== void 0 && (typeof d !== "object" || d === null || ![d.length, d.width, d.height].every(isPositiveNumber))) {
      return { en: "Dimensions must be three positive lengths in millimetres.", zh: "尺寸须为三个大于 0 的毫米数。" };
    }
    if (typeof c !== "object" || c === null) return { en: "No quote context (market, date) was given.", zh: "未提供报价条件(市场、日期)。" };
    if (typeof c.date !== "string" || !/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/.test(c.date)) {
      return { en: `Date must be an ISO day such as 2024-08-15 (got ${describeValue(c.date)}).`, zh: `日期须为 ISO 格式,如 2024-08-15(收到 ${describeValue(c.date)})。` };
    }
    if (c.monthlyParcels !== void 0 && !(typeof c.monthlyParcels === "number" && c.monthlyParcels >= 0 && Number.isFinite(c.monthlyParcels))) {
      return { en: "Monthly parcels must be a number of parcels of 0 or more.", zh: "月单量须为不小于 0 的数字。" };
    }
    return void 0;
  }
  function findCarrier(carrierId, index) {
    return index.carriers.get(carrierId) ?? index.carriers.get(resolveCarrierId(carrierId) ?? "");
  }
  function findMarketCode(value, index) {
    if (typeof value === "string" && index.markets.has(value)) return value;
    return resolveMarket(value);
  }
  const missingRateTexts = /* @__PURE__ */ new WeakMap();
  function describeMissingRate(index, key, code) {
    return missingRateTexts.get(index)?.get(`${code}:${key}`);
  }
  function rememberMissingRate(index, key, code, text) {
    let texts = missingRateTexts.get(index);
    if (!texts) missingRateTexts.set(index, texts = /* @__PURE__ */ new Map());
    const frozen = Object.freeze(text);
    texts.set(`${code}:${key}`, frozen);
    return frozen;
  }
  function pickFuel(fuelAscending, month) {
    let picked;
    for (const fuel of fuelAscending) {
      if (fuel.month > month) break;
      picked = fuel;
    }
    return picked;
  }
  function buildFuelLine(t, fuel, month, chargeableGrams, baseMinor) {
    const estimate = fuel.month !== month;
    const prefix = estimate ? { en: `Estimate: no fuel figure on file for ${month}; using ${fuel.month}'s. `, zh: `估算:${month} 无燃油附加费记录,沿用 ${fuel.month} 的费率。` } : { en: "", zh: "" };
    let amountMinor;
    let body;
    if (fuel.perKgMinor !== void 0) {
      const raw = chargeableGrams * fuel.perKgMinor;
      amountMinor = divideRounded(raw, 1e3, t.rounding.mode);
      const calc = `${formatKg(chargeableGrams)} kg × ${t.money(fuel.perKgMinor)}/kg = ${formatFractionalMoney(raw, 3, t.table.currency, t.exponent)}`;
      body = {
        en: `Fuel surcharge (${fuel.month}) on the chargeable weight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
        zh: `燃油附加费(${fuel.month}),按计费重:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`
      };
    } else {
      const micro = percentToMicro(fuel.percent ?? 0);
      const raw = baseMinor * micro;
      amountMinor = divideRounded(raw, 1e6, t.rounding.mode);
      const calc = `${fuel.percent} % × ${t.money(baseMinor)} = ${formatFractionalMoney(raw, 6, t.table.currency, t.exponent)}`;
      body = {
        en: `Fuel surcharge (${fuel.month}) as a percentage of base freight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
        zh: `燃油附加费(${fuel.month}),按基础运费百分比:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`
      };
    }
    return {
      code: "fuel",
      amountMinor,
      explanation: { en: prefix.en + body.en, zh: prefix.zh + body.zh },
      source: fuel.source,
      ...estimate ? { estimate: true, basedOnMonth: fuel.month } : {}
    };
  }
  function buildRemote(t, destination2, warnings, pack) {
    const postcode = destination2.postcode;
    const parsed = parsePostcode(postcode);
    const hasRemoteRules = t.remote.length > 0;
    if (!isReadablePostcode(destination2.country, parsed)) {
      if (hasRemoteRules) {
        warnings.push({
          code: "postcode-unreadable",
          text: { en: `Postcode "${postcode}" could not be read: the remote-area surcharge was not checked.`, zh: `无法识别邮编“${postcode}”:未检查偏远地区附加费。` }
        });
      }
      return void 0;
    }
    let best;
    for (const { fee, matchers } of t.remote) {
      const hit = matchers.find((m) => matchesParsedPostcode(m.rule, parsed));
      if (hit && (!best || fee.feeMinor > best.fee.feeMinor)) best = { fee, name: hit.name, unconfirmed: hit.unconfirmed };
    }
    if (best) {
      if (best.unconfirmed) {
        warnings.push({
          code: "remote-area-unconfirmed",
          text: { en: `The postcode range for ${best.name.en} is unconfirmed in the reference.`, zh: `${best.name.zh}的邮编范围在参考资料中未确认。` },
          source: best.fee.source
        });
      }
      return {
        code: "remote",
        amountMinor: best.fee.feeMinor,
        explanation: { en: `Remote-area surcharge: ${postcode} is in ${best.name.en} → ${t.money(best.fee.feeMinor)}.`, zh: `偏远地区附加费:${postcode} 位于${best.name.zh} → ${t.money(best.fee.feeMinor)}。` },
        source: best.fee.source
      };
    }
    for (const set of indexRulePack(pack).setsByCountry.get(destination2.country) ?? []) {
      if (t.coveredSetIds.has(set.id) || !set.rules.some((rule) => matchesParsedPostcode(rule, parsed))) continue;
      warnings.push({
        code: "remote-fee-not-on-file",
        text: {
          en: `${postcode} is in ${set.name.en}${set.unconfirmed ? " (range unconfirmed)" : ""}, often surcharged as remote; no surcharge on file for this carrier, so the total may be low.`,
          zh: `${postcode} 位于${set.name.zh}${set.unconfirmed ? "(范围未确认)" : ""},常被列为偏远地区;该承运商无附加费记录,合计可能偏低。`
        },
        source: set.source
      });
    }
    return void 0;
  }
  function buildRebate(t, monthlyParcels, preRebateMinor, warnings) {
    if (monthlyParcels === void 0) return void 0;
    let tier;
    for (const candidate of t.table.rebateTiers ?? []) {
      if (monthlyParcels > candidate.aboveMonthlyParcels && (!tier || candidate.aboveMonthlyParcels > tier.aboveMonthlyParcels)) tier = candidate;
    }
    if (!tier) return void 0;
    const rebate = Math.min(preRebateMinor, divideRounded(preRebateMinor * percentToMicro(tier.percent), 1e6, t.rounding.mode));
    const contract = tier.requiresContract ? { en: " (separate contract)", zh: "(需单独签约)" } : { en: "", zh: "" };
    if (tier.requiresContract) {
      warnings.push({
        code: "rebate-requires-contract",
        text: { en: "The volume rebate needs a separate contract with the carrier.", zh: "单量返佣需与承运商单独签约。" },
        source: tier.source
      });
    }
    return {
      code: "rebate",
      amountMinor: -rebate,
      explanation: {
        en: `Monthly volume rebate${contract.en}: ${tier.percent} % of ${t.money(preRebateMinor)} for more than ${tier.aboveMonthlyParcels} parcels a month, ${t.roundingShort.en} → ${t.money(-rebate)}.`,
        zh: `月度单量返佣${contract.zh}:月单量超过 ${tier.aboveMonthlyParcels} 单,返 ${t.money(preRebateMinor)} 的 ${tier.percent}%,${t.roundingShort.zh} → ${t.money(-rebate)}。`
      },
      source: tier.source
    };
  }
  function quote(parcel, carrierId, context, pack) {
    const idText = typeof carrierId === "string" ? carrierId : describeValue(carrierId);
    const problem = findInputProblem(parcel, context);
    if (problem) return noRate(idText, "invalid-input", problem);
    return quoteCheckedInput(parcel, idText, context, pack);
  }
  function hasQuoteInputProblem(parcel, context) {
    return findInputProblem(parcel, context) !== void 0;
  }
  function quoteCheckedInput(parcel, idText, context, pack) {
    const index = indexRulePack(pack);
    const market = findMarketCode(context.market, index);
    const marketRules = market ? index.markets.get(market) : void 0;
    if (!market || !marketRules) return noRate(idText, "unknown-market", { en: `Market "${describeValue(context.market)}" is not in the rule pack.`, zh: `规则包中没有市场“${describeValue(context.market)}”。` });
    const carrier = findCarrier(idText, index);
    if (!carrier) return noRate(idText, "unknown-carrier", { en: `Carrier "${idText}" is not in the rule pack.`, zh: `规则包中没有承运商“${idText}”。` });
    const countryText = parcel.destination?.country;
    const destinationCountry = findMarketCode(countryText, index) ?? (countryText ? describeValue(countryText).toUpperCase() : market);
    if (destinationCountry !== market) {
      return noRate(carrier.id, "destination-outside-market", {
        en: `Destination ${destinationCountry} is outside the ${marketRules.name.en} market: last-mile rates are domestic.`,
        zh: `目的地 ${destinationCountry} 不在${marketRules.name.zh}市场内:尾程费率仅限境内派送。`
      });
    }
    const key = tableKey(carrier.id, market);
    const t = index.tables.get(key);
    if (!t) {
      const text = describeMissingRate(index, key, "no-fee-table") ?? rememberMissingRate(index, key, "no-fee-table", { en: `No rate on file for ${carrier.name.en} in ${marketRules.name.en}.`, zh: `${carrier.name.zh}(${marketRules.name.zh})无费率记录。` });
      return noRate(carrier.id, "no-fee-table", text);
    }
    const where = t.where;
    if (t.table.weightBands.length === 0) {
      const text = describeMissingRate(index, key, "no-base-rate") ?? rememberMissingRate(index, key, "no-base-rate", { en: `No base freight rate on file for ${where.en}.`, zh: `${where.zh}无基础运费记录。` });
      return noRate(carrier.id, "no-base-rate", text);
    }
    const weight = computeChargeableWeight(parcel, carrier.volumetric, carrier.name);
    const warnings = [...weight.warnings];
    const chargeable = weight.chargeableWeightGrams;
    const band = t.table.weightBands.find((b) => chargeable <= b.maxWeightGrams);
    if (!band) {
      const top = t.table.weightBands[t.table.weightBands.length - 1].maxWeightGrams;
      return noRate(carrier.id, "over-rate-card-weight", {
        en: `No rate on file above ${top} g for ${where.en} (chargeable weight ${chargeable} g).`,
        zh: `${where.zh}无 ${top} 克以上的费率记录(计费重 ${chargeable} 克)。`
      });
    }
    const month = context.date.slice(0, 7);
    const fuel = pickFuel(t.fuelAscending, month);
    if (t.fuelAscending.length > 0 && !fuel) {
      return noRate(carrier.id, "no-fuel-for-month", {
        en: `No fuel surcharge on file for ${month} or earlier for ${where.en} (earliest on file: ${t.fuelAscending[0].month}).`,
        zh: `${where.zh}无 ${month} 及之前的燃油附加费记录(最早记录:${t.fuelAscending[0].month})。`
      });
    }
    const money = t.money;
    const lines = [
      {
        code: "base",
        amountMinor: band.baseMinor,
        explanation: {
          en: `Base freight for ${chargeable} g chargeable weight (band up to ${band.maxWeightGrams} g) → ${money(band.baseMinor)}.`,
          zh: `基础运费:计费重 ${chargeable} 克(${band.maxWeightGrams} 克以内档)→ ${money(band.baseMinor)}。`
        },
        source: band.source
      }
    ];
    if (fuel) lines.push(buildFuelLine(t, fuel, month, chargeable, band.baseMinor));
    else {
      warnings.push({ code: "fuel-not-on-file", text: { en: `No fuel surcharge on file for ${where.en}; none is included.`, zh: `${where.zh}无燃油附加费记录;未计入。` }, source: "seed:S21" });
    }
    const remote = buildRemote(t, { country: destinationCountry, postcode: describeValue(parcel.destination?.postcode ?? "") }, warnings, pack);
    if (remote) lines.push(remote);
    const tracking = t.table.trackingFee;
    if (tracking) {
      const mandatory = tracking.mandatory ? { en: ", mandatory", zh: ",强制收取" } : { en: "", zh: "" };
      lines.push({
        code: "tracking",
        amountMinor: tracking.perOrderMinor,
        explanation: { en: `Tracking service fee (per order${mandatory.en}) → ${money(tracking.perOrderMinor)}.`, zh: `轨迹服务费(每单${mandatory.zh})→ ${money(tracking.perOrderMinor)}。` },
        source: tracking.source
      });
    }
    if (context.priority) {
      const priority = t.table.priorityFee;
      if (priority) {
        lines.push({
          code: "priority",
          amountMinor: priority.perOrderMinor,
          explanation: { en: `Priority delivery tag → ${money(priority.perOrderMinor)}.`, zh: `优先派送标签 → ${money(priority.perOrderMinor)}。` },
          source: priority.source
        });
      } else {
        warnings.push({ code: "priority-fee-not-on-file", text: { en: `No priority-tag fee on file for ${where.en}; none is included.`, zh: `${where.zh}无优先派送标签费用记录;未计入。` }, source: "seed:S25" });
      }
    }
    const preRebate = lines.reduce((sum, line) => sum + line.amountMinor, 0);
    const rebate = buildRebate(t, context.monthlyParcels, preRebate, warnings);
    if (rebate) lines.push(rebate);
    const result2 = {
      kind: "quote",
      carrierId: carrier.id,
      market,
      currency: t.table.currency,
      currencyExponent: t.exponent,
      chargeableWeightGrams: chargeable,
      actualWeightGrams: weight.actualWeightGrams,
      volumetricWeightGrams: weight.volumetricWeightGrams,
      lines,
      totalMinor: preRebate + (rebate?.amountMinor ?? 0),
      estimate: weight.estimate || lines.some((line) => line.estimate === true),
      roundingRule: t.roundingRule,
      warnings
    };
    return result2;
  }
  function quoteAll(parcel, context, pack, profile) {
    const verdicts = eligibleCarriers(
      { market: context?.market, parcel: { weightGrams: parcel?.weightGrams, ...parcel?.dimensionsMm ? { dimensionsMm: parcel.dimensionsMm } : {} } },
      profile,
      pack
    );
    const inputOk = !hasQuoteInputProblem(parcel, context);
    const eligible = [];
    const excluded = [];
    for (const verdict of verdicts) {
      if (!verdict.eligible) {
        excluded.push({ carrierId: verdict.carrierId, reasons: verdict.reasons.filter((r) => r.blocking).map(({ code, source, text }) => ({ code, source, text })) });
        continue;
      }
      const result2 = inputOk ? quoteCheckedInput(parcel, verdict.carrierId, context, pack) : quote(parcel, verdict.carrierId, context, pack);
      if (result2.kind === "no-rate") {
        excluded.push({ carrierId: verdict.carrierId, reasons: [{ code: "no-rate", source: result2.source, text: result2.text, reasonCode: result2.reasonCode }] });
        continue;
      }
      const advisories = verdict.reasons.filter((r) => !r.blocking);
      eligible.push(advisories.length ? { ...result2, advisories } : result2);
    }
    eligible.sort((a, b) => a.totalMinor - b.totalMinor || a.carrierId.localeCompare(b.carrierId));
    return { eligible, excluded };
  }
  function carrierNameOf(pack, carrierId) {
    const carrier = pack.carriers.find((c) => c.id === carrierId);
    return carrier?.name ?? { en: carrierId, zh: carrierId };
  }
  function parcelFromRequest(request, profile) {
    const usedDefaults = [];
    let weightGrams = request.weightGrams;
    if (weightGrams === void 0 && profile.defaultParcel?.weightGrams) {
      weightGrams = profile.defaultParcel.weightGrams;
      usedDefaults.push("weight");
    }
    let dimensionsMm2 = request.dimensionsMm;
    if (!dimensionsMm2 && profile.defaultParcel?.dimensionsMm) {
      dimensionsMm2 = profile.defaultParcel.dimensionsMm;
      usedDefaults.push("dimensions");
    }
    const market = resolveMarket(request.market) ?? request.market;
    const postcode = request.destination?.postcode ?? "";
    if (!postcode) usedDefaults.push("destination");
    const destination2 = { country: request.destination?.country || market, postcode };
    return { weightGrams, dimensionsMm: dimensionsMm2, destination: destination2, usedDefaults };
  }
  function toQuoteView(quote2, pack) {
    const market = pack.markets.find((m) => m.code === quote2.market);
    return {
      carrierId: quote2.carrierId,
      carrierName: carrierNameOf(pack, quote2.carrierId),
      currency: quote2.currency,
      currencyExponent: quote2.currencyExponent,
      chargeableWeightGrams: quote2.chargeableWeightGrams,
      actualWeightGrams: quote2.actualWeightGrams,
      volumetricWeightGrams: quote2.volumetricWeightGrams,
      lines: quote2.lines.map((line) => ({ ...line })),
      totalMinor: quote2.totalMinor,
      estimate: quote2.estimate,
      roundingRule: quote2.roundingRule,
      warnings: quote2.warnings.map(({ code, text }) => ({ code, text })),
      ...market?.deliveryBenchmark ? { transitBenchmarkDays: market.deliveryBenchmark.maxCalendarDays } : {}
    };
  }
  function buildQuoteAllView(request, pack, profile, today) {
    const { weightGrams, dimensionsMm: dimensionsMm2, destination: destination2, usedDefaults } = parcelFromRequest(request, profile);
    const excludedForWeight = () => ({
      eligible: [],
      excluded: pack.carriers.map((c) => ({
        carrierId: c.id,
        carrierName: c.name,
        reasons: [{ code: "no-weight", source: "user", text: { en: "No parcel weight: enter it or set a default weight in Options.", zh: "没有包裹重量：请填写，或在设置中填写默认重量。" } }]
      })),
      usedDefaults
    });
    if (weightGrams === void 0) return excludedForWeight();
    const result2 = quoteAll(
      { weightGrams, ...dimensionsMm2 ? { dimensionsMm: dimensionsMm2 } : {}, destination: destination2 },
      { market: request.market, date: request.date ?? today, ...request.priority ? { priority: true } : {}, ...(request.monthlyParcels ?? profile.monthlyParcels) !== void 0 ? { monthlyParcels: request.monthlyParcels ?? profile.monthlyParcels } : {} },
      pack,
      {
        businessType: profile.businessType ?? "company",
        ...profile.dailyOrders !== void 0 ? { dailyOrders: profile.dailyOrders } : {},
        connectedCarriers: profile.connectedCarriers
      }
    );
    return {
      eligible: result2.eligible.map((q) => toQuoteView(q, pack)),
      excluded: result2.excluded.map((e) => ({ carrierId: e.carrierId, carrierName: carrierNameOf(pack, e.carrierId), reasons: e.reasons.map(({ code, source, text }) => ({ code, source, text })) })),
      usedDefaults
    };
  }
  const WEIGHT_REASONS = /* @__PURE__ */ new Set(["invalid-parcel", "below-min-weight", "over-max-weight", "over-max-size"]);
  function badgeWithoutWeight(order, market, pack, profile) {
    const { usedDefaults } = parcelFromRequest({ market, ...order.destination ? { destination: order.destination } : {} }, profile);
    const verdicts = eligibleCarriers({ market, parcel: { weightGrams: 1 } }, { businessType: profile.businessType ?? "company", connectedCarriers: profile.connectedCarriers }, pack);
    const blocking = (v) => v.reasons.filter((r) => r.blocking && !WEIGHT_REASONS.has(r.code));
    return {
      eligibleCount: verdicts.filter((v) => blocking(v).length === 0).length,
      excluded: verdicts.filter((v) => blocking(v).length > 0).map((v) => ({ carrierId: v.carrierId, carrierName: carrierNameOf(pack, v.carrierId), reasons: blocking(v).map(({ code, source, text }) => ({ code, source, text })) })),
      noRate: [],
      usedDefaults,
      needsWeight: true
    };
  }
  function buildBadgeView(order, market, pack, profile, today) {
    if (!order.weightGrams && !profile.defaultParcel?.weightGrams) return badgeWithoutWeight(order, market, pack, profile);
    const view = buildQuoteAllView(
      {
        market,
        ...order.weightGrams ? { weightGrams: order.weightGrams } : {},
        ...order.dimensionsMm ? { dimensionsMm: order.dimensionsMm } : {},
        ...order.destination ? { destination: order.destination } : {}
      },
      pack,
      profile,
      today
    );
    const noRate2 = view.excluded.filter((e) => e.reasons.length > 0 && e.reasons.every((r) => r.code === "no-rate"));
    const excluded = view.excluded.filter((e) => !noRate2.includes(e));
    const cheapest = view.eligible[0];
    return {
      eligibleCount: view.eligible.length + noRate2.length,
      ...cheapest ? { cheapest: { carrierId: cheapest.carrierId, carrierName: cheapest.carrierName, totalMinor: cheapest.totalMinor, currency: cheapest.currency, exponent: cheapest.currencyExponent } } : {},
      excluded,
      noRate: noRate2.map((e) => ({ carrierId: e.carrierId, carrierName: e.carrierName })),
      usedDefaults: view.usedDefaults
    };
  }
  async function loadDiagnosisSettings() {
    const [callbacks, printer, profile, credentials] = await Promise.all([callbackSetting.getValue(), printerSetting.getValue(), sellerProfileSetting.getValue(), credentialsSetting.getValue()]);
    return { callbacks, ...printer ? { printerDpi: printer.dpi } : {}, connectedCarriers: profile.connectedCarriers, apiConnected: credentials !== null };
  }
  async function loadStoredOrders(db2, orderIds) {
    const ids = [...new Set(orderIds)];
    const packages = await db2.packages.where("orderId").anyOf(ids).toArray();
    const firstPackage = /* @__PURE__ */ new Map();
    for (const pkg of packages) if (!firstPackage.has(pkg.orderId)) firstPackage.set(pkg.orderId, pkg);
    const [events, clicks] = await Promise.all([listEventsOfPackages(db2, [...firstPackage.values()].map((p) => p.key)), getLabelClicks(db2, ids)]);
    return new Map(
      ids.map((id) => {
        const pkg = firstPackage.get(id);
        const click = clicks.get(id);
        return [id, { ...pkg ? { pkg } : {}, events: pkg ? events.get(pkg.key) ?? [] : [], ...click ? { labelClick: click } : {} }];
      })
    );
  }
  function buildDiagnosisFacts(orderId2, page, stored, settings, market) {
    const pkg = stored?.pkg;
    const carrierText = page?.carrierText ?? pkg?.carrierName;
    const carrierId = resolveCarrierId(carrierText) ?? resolveCarrierId(pkg?.carrierId);
    const labelCreatedAt = pkg?.labelCreatedAt ?? stored?.labelClick?.firstClickAt;
    const callback = carrierId ? settings.callbacks[carrierId]?.url : void 0;
    const facts = { orderId: orderId2, apiConnected: settings.apiConnected };
    const m = market ?? pkg?.market;
    if (m) facts.market = m;
    const status = page?.statusText ?? pkg?.orderStatus;
    if (status) facts.status = status;
    if (carrierText || carrierId) facts.carrier = { ...carrierText ? { text: carrierText } : {}, ...carrierId ? { id: carrierId } : {} };
    const waybill = page?.waybill ?? pkg?.trackingNumber;
    if (waybill) facts.waybill = waybill;
    if (labelCreatedAt !== void 0) {
      facts.labelCreatedAt = labelCreatedAt;
      facts.labelCreatedSource = pkg?.labelCreatedAt !== void 0 ? "api" : "print-click";
    }
    if (pkg && pkg.lastCheckedAt > 0) facts.events = stored.events.map((e) => ({ description: e.description, update_time_millis: e.at }));
    if (callback) facts.carrierCallbackUrl = callback;
    if (settings.printerDpi !== void 0) facts.printerDpi = settings.printerDpi;
    if (settings.connectedCarriers.length) facts.connectedCarriers = settings.connectedCarriers;
    return facts;
  }
  let cached;
  function effectivePack(storedOverride) {
    if (storedOverride === null || storedOverride === void 0) return { pack: defaultRulePack, overrideErrors: [] };
    const key = JSON.stringify(storedOverride);
    if (cached?.key === key) return cached.value;
    const parsed = parseRulePackOverride(storedOverride, defaultRulePack);
    const value = parsed.ok ? { pack: mergeRulePacks(defaultRulePack, parsed.override), overrideErrors: [] } : { pack: defaultRulePack, overrideErrors: parsed.errors };
    cached = { key, value };
    return value;
  }
  function localeFromLanguageTag(tag) {
    return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh" : "en";
  }
  function localize(text, locale) {
    return text[locale];
  }
  const OPEN_API_BASE_URL = "https://open-api.tiktokglobalshop.com";
  const TOKEN_API_BASE_URL = "https://auth.tiktok-shops.com";
  const UNSIGNED_KEYS = /* @__PURE__ */ new Set(["sign", "access_token"]);
  function buildStringToSign({ appSecret, path, query, body }) {
    const parts = Object.keys(query).filter((key) => !UNSIGNED_KEYS.has(key) && isSignedValue(query[key])).sort().map((key) => key + String(query[key]));
    return appSecret + path + parts.join("") + (body ?? "") + appSecret;
  }
  async function signRequest(input) {
    const encoder = new TextEncoder();
    const key = await globalThis.crypto.subtle.importKey(
      "raw",
      encoder.encode(input.appSecret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"]
    );
    const mac = await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(buildStringToSign(input)));
    return toHex(new Uint8Array(mac));
  }
  function isSignedValue(value) {
    return value !== void 0 && value !== null && value !== "";
  }
  function toHex(bytes) {
    let hex2 = "";
    for (const byte of bytes) hex2 += byte.toString(16).padStart(2, "0");
    return hex2;
  }
  const TIKTOK_ERROR_CODES = {
    ok: 0,
    accessTokenExpired: 105002,
    scopeMissing: 105005,
    tokenInvalidForCall: 101e3,
    credentialOrParameter: 36009004,
    tooManyRequests: 36009002,
    requestTimeout: 36009007
  };
  const RECONNECT_CODES = /* @__PURE__ */ new Set([
    TIKTOK_ERROR_CODES.credentialOrParameter,
    TIKTOK_ERROR_CODES.tokenInvalidForCall,
    TIKTOK_ERROR_CODES.scopeMissing
  ]);
  class TikTokApiError extends Error {
    kind;
    endpoint;
    code;
    httpStatus;
    requestId;
    /** True when retrying cannot help: the seller must reconnect the shop in options. */
    reconnect;
    fieldPath;
    /** HTTP attempts made before giving up (retries included). */
    attempts;
    constructor(init) {
      super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
      this.name = "TikTokApiError";
      this.kind = init.kind;
      this.endpoint = init.endpoint;
      this.code = init.code;
      this.httpStatus = init.httpStatus;
      this.requestId = init.requestId;
      this.reconnect = init.reconnect ?? false;
      this.fieldPath = init.fieldPath;
      this.attempts = init.attempts ?? 1;
    }
  }
  function isTikTokApiError(value) {
    return value instanceof TikTokApiError;
  }
  const KIND_TEXTS = {
    auth: {
      en: "TikTok Shop rejected the connection. Reconnect the shop in the extension options.",
      zh: "TikTok Shop 拒绝了连接。请在扩展选项中重新连接店铺。"
    },
    "rate-limit": {
      en: "TikTok Shop is limiting requests (rate limit). The extension will try again later.",
      zh: "TikTok Shop 正在限制请求频率，扩展稍后会重试。"
    },
    server: {
      en: "TikTok Shop servers are unavailable right now. The extension will try again later.",
      zh: "TikTok Shop 服务器暂时不可用，扩展稍后会重试。"
    },
    timeout: {
      en: "TikTok Shop did not answer in time. The extension will try again later.",
      zh: "TikTok Shop 响应超时，扩展稍后会重试。"
    },
    network: {
      en: "No network connection to TikTok Shop.",
      zh: "无法通过网络连接到 TikTok Shop。"
    },
    schema: {
      en: "TikTok Shop answered in an unexpected format; the affected data was skipped.",
      zh: "TikTok Shop 返回的数据格式异常，相关数据已跳过。"
    },
    api: {
      en: "TikTok Shop refused the request.",
      zh: "TikTok Shop 拒绝了该请求。"
    }
  };
  function describeTikTokError(error2) {
    const base = KIND_TEXTS[error2.kind];
    const details = [];
    if (error2.code !== void 0) details.push([`code ${error2.code}`, `错误码 ${error2.code}`]);
    if (error2.fieldPath) details.push([`field ${error2.fieldPath}`, `字段 ${error2.fieldPath}`]);
    if (details.length === 0) return { ...base };
    return {
      en: `${base.en} (${details.map((d) => d[0]).join(", ")})`,
      zh: `${base.zh}（${details.map((d) => d[1]).join("，")}）`
    };
  }
  async function sendHttp(fetchFn, url2, init, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchFn(url2, { ...init, signal: controller.signal });
      const text = await response.text();
      const retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
      return retryAfterMs === void 0 ? { type: "response", status: response.status, text } : { type: "response", status: response.status, text, retryAfterMs };
    } catch (error2) {
      if (controller.signal.aborted) return { type: "timeout" };
      return { type: "network", cause: error2 };
    } finally {
      clearTimeout(timer);
    }
  }
  function parseRetryAfterMs(value) {
    if (value === null || !/^\d+$/.test(value.trim())) return void 0;
    return Number(value.trim()) * 1e3;
  }
  function formatIssuePath(path) {
    let text = "";
    for (const key of path) {
      if (typeof key === "number") text += `[${key}]`;
      else text += text === "" ? String(key) : `.${String(key)}`;
    }
    return text;
  }
  function parseListItems(endpoint, basePath, items, schema, onQuarantine) {
    const parsed = [];
    let quarantinedCount = 0;
    items.forEach((item, index) => {
      const result2 = schema.safeParse(item);
      if (result2.success) {
        parsed.push(result2.data);
        return;
      }
      quarantinedCount += 1;
      const issue2 = result2.error.issues[0];
      onQuarantine({
        endpoint,
        path: `${basePath}[${index}]${issue2 && issue2.path.length > 0 ? pathSuffix(issue2.path) : ""}`,
        issue: issue2?.message ?? "does not match the expected shape",
        payload: item
      });
    });
    return { items: parsed, quarantinedCount };
  }
  function pathSuffix(path) {
    const formatted = formatIssuePath(path);
    return formatted.startsWith("[") ? formatted : `.${formatted}`;
  }
  function createRateLimiter({ qps, burst = 1, now, sleep }) {
    if (!(qps > 0) || !Number.isFinite(qps)) throw new RangeError(`qps must be a positive number, got ${qps}`);
    if (!(burst >= 1)) throw new RangeError(`burst must be at least 1, got ${burst}`);
    const intervalMs = 1e3 / qps;
    const toleranceMs = (burst - 1) * intervalMs;
    let theoreticalArrival = -Infinity;
    function reserve() {
      const t = now();
      const arrival = Math.max(theoreticalArrival, t);
      const delay = Math.max(0, Math.ceil(arrival - toleranceMs - t - 1e-9));
      theoreticalArrival = arrival + intervalMs;
      return delay;
    }
    return {
      async acquire() {
        const delay = reserve();
        if (delay > 0) await sleep(delay);
      },
      peekDelayMs() {
        const t = now();
        return Math.max(0, Math.max(theoreticalArrival, t) - toleranceMs - t);
      }
    };
  }
  function optional(schema) {
    return preprocess((value) => value === null ? void 0 : value, schema.optional());
  }
  const looseIntSchema = union([
    number().int(),
    string().regex(/^-?\d+$/, "expected an integer or an integer string").transform((text) => Number(text))
  ]);
  const decimalTextSchema = union([
    string(),
    number().finite().transform((value) => String(value))
  ]);
  const idSchema = string({ error: "expected the id as a string" }).min(1, "expected a non-empty id");
  const envelopeSchema$1 = looseObject({
    code: looseIntSchema,
    message: optional(string()),
    request_id: optional(string()),
    data: unknown().optional()
  });
  const tokenDataSchema = looseObject({
    access_token: string().min(1),
    access_token_expire_in: looseIntSchema,
    refresh_token: string().min(1),
    refresh_token_expire_in: optional(looseIntSchema),
    open_id: optional(string()),
    seller_name: optional(string()),
    seller_base_region: optional(string()),
    user_type: optional(looseIntSchema),
    granted_scopes: optional(array(string())),
    // The [NET] model spells it this way; the official docs say `granted_scopes`.
    granted_permissions: optional(array(string()))
  });
  const shopSchema = looseObject({
    id: idSchema,
    cipher: string().min(1),
    name: optional(string()),
    region: optional(string()),
    seller_type: optional(string()),
    code: optional(string())
  });
  const shopsDataSchema = looseObject({ shops: optional(array(unknown())) });
  const ORDER_STATUSES = [
    "UNPAID",
    "ON_HOLD",
    "AWAITING_SHIPMENT",
    "PARTIALLY_SHIPPING",
    "AWAITING_COLLECTION",
    "IN_TRANSIT",
    "DELIVERED",
    "COMPLETED",
    "CANCELLED"
  ];
  const orderStatusSchema = _enum(ORDER_STATUSES);
  const addressSchema = looseObject({
    name: optional(string()),
    phone_number: optional(string()),
    full_address: optional(string()),
    address_detail: optional(string()),
    postal_code: optional(string()),
    region_code: optional(string()),
    district_info: optional(
      array(
        looseObject({
          address_level: optional(string()),
          address_level_name: optional(string()),
          address_name: optional(string())
        })
      )
    )
  });
  const lineItemSchema = looseObject({
    id: idSchema,
    product_id: optional(string()),
    product_name: optional(string()),
    sku_id: optional(string()),
    sku_name: optional(string()),
    seller_sku: optional(string()),
    sku_image: optional(string()),
    display_status: optional(string()),
    package_id: optional(string()),
    package_status: optional(string()),
    tracking_number: optional(string()),
    shipping_provider_id: optional(string()),
    shipping_provider_name: optional(string()),
    rts_time: optional(looseIntSchema),
    sale_price: optional(decimalTextSchema),
    original_price: optional(decimalTextSchema),
    currency: optional(string()),
    is_gift: optional(boolean()),
    cancel_user: optional(string()),
    cancel_reason: optional(string())
  });
  const paymentSchema = looseObject({
    currency: optional(string()),
    total_amount: optional(decimalTextSchema),
    sub_total: optional(decimalTextSchema),
    shipping_fee: optional(decimalTextSchema)
  });
  const orderSchema = looseObject({
    id: idSchema,
    status: orderStatusSchema,
    create_time: optional(looseIntSchema),
    update_time: optional(looseIntSchema),
    paid_time: optional(looseIntSchema),
    rts_time: optional(looseIntSchema),
    rts_sla_time: optional(looseIntSchema),
    tts_sla_time: optional(looseIntSchema),
    shipping_due_time: optional(looseIntSchema),
    collection_due_time: optional(looseIntSchema),
    delivery_due_time: optional(looseIntSchema),
    delivery_time: optional(looseIntSchema),
    cancel_time: optional(looseIntSchema),
    fulfillment_type: optional(string()),
    shipping_type: optional(string()),
    delivery_type: optional(string()),
    delivery_option_id: optional(string()),
    delivery_option_name: optional(string()),
    shipping_provider: optional(string()),
    shipping_provider_id: optional(string()),
    tracking_number: optional(string()),
    warehouse_id: optional(string()),
    packages: optional(array(looseObject({ id: idSchema }))),
    is_on_hold_order: optional(boolean()),
    is_cod: optional(boolean()),
    is_sample_order: optional(boolean()),
    is_replacement_order: optional(boolean()),
    split_or_combine_tag: optional(string()),
    buyer_message: optional(string()),
    seller_note: optional(string()),
    user_id: optional(string()),
    recipient_address: optional(addressSchema),
    payment: optional(paymentSchema),
    cancel_reason: optional(string()),
    cancellation_initiator: optional(string()),
    line_items: optional(array(lineItemSchema))
  });
  const orderSearchDataSchema = looseObject({
    orders: optional(array(unknown())),
    next_page_token: optional(string()),
    total_count: optional(looseIntSchema)
  });
  const orderDetailDataSchema = looseObject({ orders: optional(array(unknown())) });
  const packageOrderSchema = looseObject({
    id: idSchema,
    skus: optional(
      array(
        looseObject({
          id: optional(string()),
          name: optional(string()),
          image_url: optional(string()),
          quantity: optional(looseIntSchema)
        })
      )
    )
  });
  const packageSummarySchema = looseObject({
    id: idSchema,
    status: optional(string()),
    tracking_number: optional(string()),
    shipping_provider_id: optional(string()),
    shipping_provider_name: optional(string()),
    order_line_item_ids: optional(array(string())),
    orders: optional(array(packageOrderSchema)),
    create_time: optional(looseIntSchema),
    update_time: optional(looseIntSchema)
  });
  const packageSearchDataSchema = looseObject({
    packages: optional(array(unknown())),
    next_page_token: optional(string()),
    total_count: optional(looseIntSchema)
  });
  const timeSlotSchema = looseObject({ start_time: optional(looseIntSchema), end_time: optional(looseIntSchema) });
  const packageDetailSchema = looseObject({
    package_id: idSchema,
    package_status: optional(string()),
    tracking_number: optional(string()),
    shipping_provider_id: optional(string()),
    shipping_provider_name: optional(string()),
    shipping_type: optional(string()),
    handover_method: optional(string()),
    delivery_option_id: optional(string()),
    delivery_option_name: optional(string()),
    pickup_slot: optional(timeSlotSchema),
    orders: optional(array(packageOrderSchema)),
    order_line_item_ids: optional(array(string())),
    recipient_address: optional(addressSchema),
    sender_address: optional(addressSchema),
    weight: optional(looseObject({ value: optional(decimalTextSchema), unit: optional(string()) })),
    dimension: optional(
      looseObject({
        length: optional(decimalTextSchema),
        width: optional(decimalTextSchema),
        height: optional(decimalTextSchema),
        unit: optional(string())
      })
    ),
    split_and_combine_tag: optional(string()),
    note_tag: optional(string()),
    has_multi_skus: optional(boolean()),
    create_time: optional(looseIntSchema),
    update_time: optional(looseIntSchema)
  });
  const trackingEventSchema = looseObject({
    description: string(),
    update_time_millis: looseIntSchema
  });
  const trackingDataSchema = looseObject({ tracking: optional(array(unknown())) });
  const shippingProviderSchema = looseObject({
    id: idSchema,
    name: string()
  });
  const shippingProvidersDataSchema = looseObject({ shipping_providers: optional(array(unknown())) });
  const shippingDocumentSchema = looseObject({
    doc_url: url({ error: "expected doc_url to be a URL" })
  });
  async function requestTokens(request) {
    const isRefresh = request.grant.type === "refresh";
    const endpoint = isRefresh ? "token.refresh" : "token.get";
    const query = new URLSearchParams({ app_key: request.appKey, app_secret: request.appSecret });
    if (request.grant.type === "refresh") {
      query.set("refresh_token", request.grant.refreshToken);
      query.set("grant_type", "refresh_token");
    } else {
      query.set("auth_code", request.grant.authCode);
      query.set("grant_type", "authorized_code");
    }
    const url2 = `${request.tokenBaseUrl ?? TOKEN_API_BASE_URL}/api/v2/token/${isRefresh ? "refresh" : "get"}?${query.toString()}`;
    const outcome = await sendHttp(request.fetch, url2, { method: "GET", headers: { "content-type": "application/json" } }, request.timeoutMs ?? 15e3);
    if (outcome.type === "timeout") throw new TikTokApiError({ kind: "timeout", endpoint, message: "The token endpoint did not answer in time" });
    if (outcome.type === "network") throw new TikTokApiError({ kind: "network", endpoint, message: "Could not reach the token endpoint", cause: outcome.cause });
    if (outcome.status >= 500) {
      throw new TikTokApiError({ kind: "server", endpoint, httpStatus: outcome.status, message: `The token endpoint answered HTTP ${outcome.status}` });
    }
    if (outcome.status === 429) {
      throw new TikTokApiError({ kind: "rate-limit", endpoint, httpStatus: 429, message: "The token endpoint is rate limiting" });
    }
    const envelope = envelopeSchema$1.safeParse(safeJson(outcome.text));
    if (!envelope.success) {
      throw reconnectError(endpoint, outcome.status, "The token endpoint answered something that is not a TikTok envelope");
    }
    const { code, message, request_id: requestId } = envelope.data;
    if (code !== 0) {
      throw new TikTokApiError({
        kind: "auth",
        reconnect: true,
        endpoint,
        code,
        httpStatus: outcome.status,
        ...requestId ? { requestId } : {},
        message: `Token ${isRefresh ? "refresh" : "exchange"} refused: ${message ?? "no message"}`
      });
    }
    const data = tokenDataSchema.safeParse(envelope.data.data);
    if (!data.success) {
      const issue2 = data.error.issues[0];
      throw new TikTokApiError({
        kind: "auth",
        reconnect: true,
        endpoint,
        httpStatus: outcome.status,
        fieldPath: formatIssuePath(["data", ...issue2?.path ?? []]),
        message: `Token response is malformed: ${issue2?.message ?? "unknown issue"}`
      });
    }
    return toTokens(data.data);
  }
  function exchangeAuthCode(request) {
    const { authCode, ...rest } = request;
    return requestTokens({ ...rest, grant: { type: "code", authCode } });
  }
  function toTokens(data) {
    const tokens = {
      accessToken: data.access_token,
      refreshToken: data.refresh_token,
      accessTokenExpiresAtMs: data.access_token_expire_in * 1e3
    };
    if (data.refresh_token_expire_in !== void 0) tokens.refreshTokenExpiresAtMs = data.refresh_token_expire_in * 1e3;
    if (data.seller_name) tokens.sellerName = data.seller_name;
    if (data.seller_base_region) tokens.sellerBaseRegion = data.seller_base_region;
    const scopes = data.granted_scopes ?? data.granted_permissions;
    if (scopes) tokens.grantedScopes = scopes;
    return tokens;
  }
  function reconnectError(endpoint, httpStatus, message) {
    return new TikTokApiError({ kind: "auth", reconnect: true, endpoint, httpStatus, message });
  }
  function safeJson(text) {
    try {
      return JSON.parse(text);
    } catch {
      return void 0;
    }
  }
  const ORDER_DETAIL_CHUNK = 50;
  function createTikTokClient(config2) {
    const doFetch = config2.fetch;
    const baseUrl = stripSlash(config2.baseUrl ?? OPEN_API_BASE_URL);
    const tokenBaseUrl = stripSlash(config2.tokenBaseUrl ?? TOKEN_API_BASE_URL);
    const random = config2.random ?? Math.random;
    const sleep = config2.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const maxRetries = config2.maxRetries ?? 3;
    const timeoutMs = config2.timeoutMs ?? 15e3;
    const qps = config2.qps ?? 10;
    const backoffBaseMs = config2.backoffBaseMs ?? 500;
    const backoffMaxMs = config2.backoffMaxMs ?? 3e4;
    const monotonicNow = config2.monotonicNow ?? (() => performance.now());
    const onQuarantine = config2.onQuarantine ?? (() => void 0);
    const sign = config2.sign ?? signRequest;
    const limiters = /* @__PURE__ */ new Map();
    let replaced;
    let refreshInFlight;
    let refusedRefreshToken;
    function limiterFor(endpoint) {
      let limiter = limiters.get(endpoint);
      if (!limiter) {
        limiter = createRateLimiter({ qps, now: monotonicNow, sleep });
        limiters.set(endpoint, limiter);
      }
      return limiter;
    }
    async function loadSecrets(endpoint) {
      let secrets;
      try {
        secrets = await config2.getSecrets();
      } catch (cause) {
        throw new TikTokApiError({ kind: "auth", reconnect: true, endpoint, message: "The shop credentials could not be read", cause });
      }
      if (!secrets.appSecret || !secrets.accessToken) {
        throw new TikTokApiError({ kind: "auth", reconnect: true, endpoint, message: "No app secret or access token: connect the shop first" });
      }
      if (replaced && secrets.accessToken === replaced.from) {
        return { ...secrets, accessToken: replaced.tokens.accessToken, refreshToken: replaced.tokens.refreshToken };
      }
      return secrets;
    }
    function isShopScoped(path) {
      return !path.startsWith("/authorization/") && !path.startsWith("/seller/");
    }
    async function attempt(spec, bodyText, secrets) {
      const { endpoint } = spec;
      await limiterFor(endpoint).acquire();
      const query = {
        app_key: config2.appKey,
        timestamp: Math.floor(config2.now() / 1e3)
      };
      if (isShopScoped(spec.path)) {
        if (!secrets.shopCipher) {
          return { type: "fatal", error: { kind: "auth", reconnect: true, endpoint, message: "No shop_cipher on file: pick the shop in options" } };
        }
        query.shop_cipher = secrets.shopCipher;
      }
      Object.assign(query, spec.query);
      const sent = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== void 0 && v !== ""));
      const signature = await sign({ appSecret: secrets.appSecret, path: spec.path, query: sent, ...bodyText === void 0 ? {} : { body: bodyText } });
      const search = new URLSearchParams(Object.entries(sent).map(([k, v]) => [k, String(v)]));
      search.set("sign", signature);
      const outcome = await sendHttp(
        doFetch,
        `${baseUrl}${spec.path}?${search.toString()}`,
        {
          method: spec.method,
          headers: { "x-tts-access-token": secrets.accessToken, "content-type": "application/json" },
          ...bodyText === void 0 ? {} : { body: bodyText }
        },
        timeoutMs
      );
      if (outcome.type === "timeout") return transient({ kind: "timeout", endpoint, message: `No answer within ${timeoutMs} ms` });
      if (outcome.type === "network") return transient({ kind: "network", endpoint, message: "Network request failed", cause: outcome.cause });
      return interpretResponse(endpoint, outcome.status, outcome.text, outcome.retryAfterMs);
    }
    async function call(spec) {
      const bodyText = spec.body === void 0 ? void 0 : JSON.stringify(spec.body);
      let attempts = 0;
      let retries = 0;
      let refreshed = false;
      for (; ; ) {
        const secrets = await loadSecrets(spec.endpoint);
        attempts += 1;
        const outcome = await attempt(spec, bodyText, secrets);
        if (outcome.type === "ok") return outcome.data;
        if (outcome.type === "fatal") throw new TikTokApiError({ ...outcome.error, attempts });
        if (outcome.type === "expired") {
          if (refreshed) {
            throw new TikTokApiError({ ...outcome.error, kind: "auth", reconnect: true, attempts, message: "Access token still rejected after a refresh" });
          }
          refreshed = true;
          await refreshOnce(secrets, spec.endpoint);
          continue;
        }
        if (retries >= maxRetries) throw new TikTokApiError({ ...outcome.error, attempts });
        await sleep(backoffDelay(retries, outcome.retryAfterMs));
        retries += 1;
      }
    }
    function backoffDelay(retry, retryAfterMs) {
      const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** retry);
      const jittered = ceiling * (0.5 + 0.5 * random());
      return Math.min(backoffMaxMs, Math.max(jittered, retryAfterMs ?? 0));
    }
    async function refreshOnce(expired, endpoint) {
      if (replaced && replaced.from === expired.accessToken) return replaced.tokens;
      if (refreshInFlight && refreshInFlight.from === expired.accessToken) return refreshInFlight.promise;
      const promise = refreshWith(expired, endpoint);
      refreshInFlight = { from: expired.accessToken, promise };
      try {
        return await promise;
      } finally {
        if (refreshInFlight?.promise === promise) refreshInFlight = void 0;
      }
    }
    async function refreshWith(secrets, endpoint) {
      const refreshToken = secrets.refreshToken;
      if (!refreshToken) {
        throw new TikTokApiError({ kind: "auth", reconnect: true, endpoint, code: TIKTOK_ERROR_CODES.accessTokenExpired, message: "Access token expired and no refresh token is on file" });
      }
      if (refreshToken === refusedRefreshToken) {
        throw new TikTokApiError({ kind: "auth", reconnect: true, endpoint, code: TIKTOK_ERROR_CODES.accessTokenExpired, message: "Access token expired and the refresh token was already refused" });
      }
      let tokens;
      try {
        tokens = await requestTokens({ appKey: config2.appKey, appSecret: secrets.appSecret, grant: { type: "refresh", refreshToken }, fetch: doFetch, tokenBaseUrl, timeoutMs });
      } catch (error2) {
        if (error2 instanceof TikTokApiError && error2.reconnect) refusedRefreshToken = refreshToken;
        throw error2;
      }
      replaced = { from: secrets.accessToken, tokens };
      await config2.saveTokens(tokens);
      return tokens;
    }
    function parseData(endpoint, data, schema) {
      const result2 = schema.safeParse(data);
      if (result2.success) return result2.data;
      const issue2 = result2.error.issues[0];
      const fieldPath = formatIssuePath(["data", ...issue2?.path ?? []]);
      const message = issue2?.message ?? "does not match the expected shape";
      onQuarantine({ endpoint, path: fieldPath, issue: message, payload: data });
      throw new TikTokApiError({ kind: "schema", endpoint, fieldPath, message: `Unexpected response shape at ${fieldPath}: ${message}` });
    }
    function toPageInfo(quarantinedCount, nextPageToken, totalCount) {
      const page = { quarantinedCount };
      if (nextPageToken) page.nextPageToken = nextPageToken;
      if (totalCount !== void 0) page.totalCount = totalCount;
      return page;
    }
    return {
      async getAuthorizedShops() {
        const endpoint = "authorization.shops";
        const data = parseData(endpoint, await call({ endpoint, method: "GET", path: "/authorization/202309/shops" }), shopsDataSchema);
        return parseListItems(endpoint, "data.shops", data.shops ?? [], shopSchema, onQuarantine).items;
      },
      async searchOrders(params) {
        const endpoint = "orders.search";
        assertPageSize(params.pageSize);
        const raw = await call({
          endpoint,
          method: "POST",
          path: "/order/202309/orders/search",
          query: { page_size: params.pageSize, page_token: params.pageToken, sort_field: params.sortField, sort_order: params.sortOrder },
          body: compact({
            order_status: params.status,
            update_time_ge: params.updateTimeGe,
            update_time_lt: params.updateTimeLt,
            create_time_ge: params.createTimeGe,
            create_time_lt: params.createTimeLt,
            shipping_type: params.shippingType
          })
        });
        const data = parseData(endpoint, raw, orderSearchDataSchema);
        const { items, quarantinedCount } = parseListItems(endpoint, "data.orders", data.orders ?? [], orderSchema, onQuarantine);
        return { orders: items, ...toPageInfo(quarantinedCount, data.next_page_token, data.total_count) };
      },
      async getOrders(ids) {
        const endpoint = "orders.detail";
        ids.forEach((id) => assertId(id, "order id"));
        const orders = [];
        for (let start = 0; start < ids.length; start += ORDER_DETAIL_CHUNK) {
          const chunk = ids.slice(start, start + ORDER_DETAIL_CHUNK);
          const raw = await call({ endpoint, method: "GET", path: "/order/202309/orders", query: { ids: chunk.join(",") } });
          const data = parseData(endpoint, raw, orderDetailDataSchema);
          orders.push(...parseListItems(endpoint, "data.orders", data.orders ?? [], orderSchema, onQuarantine).items);
        }
        return orders;
      },
      async searchPackages(params) {
        const endpoint = "packages.search";
        assertPageSize(params.pageSize);
        const raw = await call({
          endpoint,
          method: "POST",
          path: "/fulfillment/202309/packages/search",
          query: { page_size: params.pageSize, page_token: params.pageToken, sort_field: params.sortField, sort_order: params.sortOrder },
          body: compact({
            package_status: params.status,
            update_time_ge: params.updateTimeGe,
            update_time_lt: params.updateTimeLt,
            create_time_ge: params.createTimeGe,
            create_time_lt: params.createTimeLt
          })
        });
        const data = parseData(endpoint, raw, packageSearchDataSchema);
        const { items, quarantinedCount } = parseListItems(endpoint, "data.packages", data.packages ?? [], packageSummarySchema, onQuarantine);
        return { packages: items, ...toPageInfo(quarantinedCount, data.next_page_token, data.total_count) };
      },
      async getPackage(packageId) {
        const endpoint = "packages.detail";
        assertId(packageId, "package id");
        const raw = await call({ endpoint, method: "GET", path: `/fulfillment/202309/packages/${encodeURIComponent(packageId)}` });
        return parseData(endpoint, raw, packageDetailSchema);
      },
      async getOrderTracking(orderId2) {
        const endpoint = "orders.tracking";
        assertId(orderId2, "order id");
        const raw = await call({ endpoint, method: "GET", path: `/fulfillment/202309/orders/${encodeURIComponent(orderId2)}/tracking` });
        const data = parseData(endpoint, raw, trackingDataSchema);
        return parseListItems(endpoint, "data.tracking", data.tracking ?? [], trackingEventSchema, onQuarantine).items;
      },
      async getShippingProviders(deliveryOptionId) {
        const endpoint = "logistics.shipping-providers";
        assertId(deliveryOptionId, "delivery option id");
        const raw = await call({
          endpoint,
          method: "GET",
          path: `/logistics/202309/delivery_options/${encodeURIComponent(deliveryOptionId)}/shipping_providers`
        });
        const data = parseData(endpoint, raw, shippingProvidersDataSchema);
        return parseListItems(endpoint, "data.shipping_providers", data.shipping_providers ?? [], shippingProviderSchema, onQuarantine).items;
      },
      async getShippingDocument(packageId, documentType, size) {
        const endpoint = "packages.shipping-document";
        assertId(packageId, "package id");
        const raw = await call({
          endpoint,
          method: "GET",
          path: `/fulfillment/202309/packages/${encodeURIComponent(packageId)}/shipping_documents`,
          query: { document_type: documentType, document_size: size }
        });
        return parseData(endpoint, raw, shippingDocumentSchema);
      },
      async refreshAccessToken() {
        const secrets = await loadSecrets("token.refresh");
        return refreshWith(secrets, "token.refresh");
      }
    };
  }
  function interpretResponse(endpoint, status, text, retryAfterMs) {
    if (status === 429) {
      return transient({ kind: "rate-limit", endpoint, httpStatus: 429, code: TIKTOK_ERROR_CODES.tooManyRequests, message: "Rate limited (HTTP 429)" }, retryAfterMs);
    }
    if (status >= 500) return transient({ kind: "server", endpoint, httpStatus: status, message: `Server error HTTP ${status}` }, retryAfterMs);
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return transient({ kind: "schema", endpoint, httpStatus: status, fieldPath: "(body)", message: "Response body is not valid JSON (truncated?)" });
    }
    const envelope = envelopeSchema$1.safeParse(json);
    if (!envelope.success) {
      const issue2 = envelope.error.issues[0];
      const fieldPath = formatIssuePath(issue2?.path ?? []) || "(envelope)";
      return fatal({ kind: "schema", endpoint, httpStatus: status, fieldPath, message: `Response is not a TikTok envelope at ${fieldPath}: ${issue2?.message ?? ""}` });
    }
    const { code, message = "", request_id: requestId, data } = envelope.data;
    const base = { endpoint, httpStatus: status, code, ...requestId ? { requestId } : {} };
    if (code === TIKTOK_ERROR_CODES.ok) return { type: "ok", data };
    if (code === TIKTOK_ERROR_CODES.tooManyRequests) return transient({ ...base, kind: "rate-limit", message: `Rate limited: ${message}` }, retryAfterMs);
    if (code === TIKTOK_ERROR_CODES.requestTimeout) return transient({ ...base, kind: "timeout", message: `Platform timeout: ${message}` });
    if (code === TIKTOK_ERROR_CODES.accessTokenExpired) return { type: "expired", error: { ...base, kind: "auth", message: `Access token expired: ${message}` } };
    if (RECONNECT_CODES.has(code)) return fatal({ ...base, kind: "auth", reconnect: true, message: `Credentials refused (${code}): ${message}` });
    return fatal({ ...base, kind: "api", message: `TikTok error ${code}: ${message}` });
  }
  function transient(error2, retryAfterMs) {
    return retryAfterMs === void 0 ? { type: "transient", error: error2 } : { type: "transient", error: error2, retryAfterMs };
  }
  function fatal(error2) {
    return { type: "fatal", error: error2 };
  }
  function compact(record2) {
    return Object.fromEntries(Object.entries(record2).filter(([, value]) => value !== void 0 && value !== ""));
  }
  function assertPageSize(pageSize) {
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  function assertId(id, what) {
    if (typeof id !== "string" || id.trim() === "") throw new TypeError(`${what} must be a non-empty string, got ${JSON.stringify(id)}`);
  }
  function stripSlash(url2) {
    return url2.replace(/\/+$/, "");
  }
  function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
  }
  function orderFacts(order, packageId, fallbackMarket) {
    const times = readApiOrderTimes(order);
    const item = packageId ? order.line_items?.find((li) => li.package_id === packageId) : void 0;
    const carrierName = item?.shipping_provider_name ?? order.shipping_provider;
    const market = resolveMarket(order.recipient_address?.region_code) ?? resolveMarket(fallbackMarket) ?? fallbackMarket;
    return definedOnly({
      orderStatus: order.status,
      market,
      carrierName,
      carrierId: resolveCarrierId(carrierName),
      trackingNumber: item?.tracking_number ?? order.tracking_number,
      shipByAt: times.shipByAt,
      labelCreatedAt: times.shippedAt,
      shippedAt: times.shippedAt,
      deliveredAt: times.deliveredAt
    });
  }
  function packagesFromOrder(order, fallbackMarket) {
    const packageIds = [...new Set((order.packages ?? []).map((p) => p.id))];
    if (packageIds.length === 0) return [{ orderId: order.id, ...orderFacts(order, void 0, fallbackMarket) }];
    return packageIds.map((packageId) => ({ orderId: order.id, packageId, ...orderFacts(order, packageId, fallbackMarket) }));
  }
  const FINISHED_STAGES = /* @__PURE__ */ new Set(["delivered", "completed", "cancelled"]);
  const PRE_SHIPMENT_STAGES = /* @__PURE__ */ new Set(["unpaid", "on-hold", "awaiting-shipment", "partially-shipped"]);
  function toStoredEvent(e) {
    return { eventKey: eventKey(e), at: e.at, status: e.status, description: e.description, isCarrierScan: e.isCarrierScan };
  }
  function renormalize(stored) {
    return stored.flatMap((e) => normalizeTrackingEvent({ description: e.description, update_time_millis: e.at }) ?? []);
  }
  function earliest(...values) {
    const defined = values.filter((v) => v !== void 0 && Number.isFinite(v));
    return defined.length > 0 ? Math.min(...defined) : void 0;
  }
  function shouldFetchTracking(record2, order, labelClickAt) {
    const stage = normalizeApiStatus(order?.status ?? record2.orderStatus).stage;
    if (stage === "cancelled") return false;
    if (!PRE_SHIPMENT_STAGES.has(stage)) return true;
    return Boolean(record2.trackingNumber || order?.tracking_number || labelClickAt !== void 0 || record2.labelCreatedAt !== void 0);
  }
  function assessPackage(input) {
    const { record: record2, now } = input;
    const facts = input.order ? orderFacts(input.order, record2.packageId, input.fallbackMarket) : {};
    const normalized = normalizeTrackingEvents(input.tracking ?? []);
    const storedKeys = new Set(input.storedEvents.map((e) => e.eventKey));
    const newEvents = mergeEvents([], normalized.events).filter((e) => !storedKeys.has(eventKey(e))).map(toStoredEvent);
    const events = mergeEvents(renormalize(input.storedEvents), normalized.events);
    const market = record2.market ?? facts.market ?? input.fallbackMarket;
    const labelCreatedAt = earliest(input.labelClickAt, record2.labelCreatedAt, facts.labelCreatedAt);
    const orderStatus = facts.orderStatus ?? record2.orderStatus;
    const stage = normalizeApiStatus(orderStatus).stage;
    const apiDeliveredAt = facts.deliveredAt ?? record2.deliveredAt;
    const clocks = input.policy ? computeSlaClocks({
      events,
      market: market ?? "",
      now,
      policy: input.policy,
      ...labelCreatedAt !== void 0 ? { labelCreatedAt } : {},
      ...apiDeliveredAt !== void 0 ? { deliveredAt: apiDeliveredAt } : {}
    }) : void 0;
    const firstScanAt = events.find((e) => e.isCarrierScan)?.at;
    const shippedAt = facts.shippedAt ?? record2.shippedAt ?? firstScanAt;
    const shipByAt = facts.shipByAt ?? record2.shipByAt;
    const dispatch = PRE_SHIPMENT_STAGES.has(stage) || shippedAt !== void 0 ? computeDispatchDeadline({ now, ...shipByAt !== void 0 ? { shipByAt } : {}, ...shippedAt !== void 0 ? { shippedAt } : {} }) : void 0;
    const delivered = clocks?.status === "delivered" || stage === "delivered" || stage === "completed";
    const finished = delivered || FINISHED_STAGES.has(stage);
    const risks = stage === "cancelled" ? [] : [.../* @__PURE__ */ new Set([...clocks?.risks ?? [], ...dispatch?.risks ?? []])];
    const { lastError: _cleared, ...rest } = record2;
    const next = {
      ...rest,
      ...facts,
      key: record2.key,
      orderId: record2.orderId,
      ...market !== void 0 ? { market } : {},
      ...labelCreatedAt !== void 0 ? { labelCreatedAt } : {},
      ...shippedAt !== void 0 ? { shippedAt } : {},
      ...clocks?.transit.deliveredAt !== void 0 ? { deliveredAt: clocks.transit.deliveredAt } : {},
      ...clocks ? { status: clocks.status } : {},
      ...clocks?.lastEventAt !== void 0 ? { lastEventAt: clocks.lastEventAt } : {},
      lastCheckedAt: now,
      watched: finished ? 0 : 1,
      risks,
      atRisk: risks.length > 0 ? 1 : 0,
      updatedAt: now
    };
    const packageIds = input.order?.packages?.map((p) => p.id) ?? [];
    const assessment = { record: next, newEvents, rejected: normalized.rejected, risks };
    if (clocks) assessment.clocks = clocks;
    if (dispatch) assessment.dispatch = dispatch;
    if (!record2.packageId && packageIds[0]) assessment.packageIdFound = packageIds[0];
    return assessment;
  }
  const DEFAULT_BATCH_SIZE = 20;
  const MAX_BATCH_SIZE = 50;
  const PIPELINE_DEPTH = 2;
  function effectOf(error2) {
    switch (error2.kind) {
      case "auth":
      case "network":
      case "rate-limit":
        return "stop";
      case "server":
      case "timeout":
        return "retry-later";
      default:
        return "skip";
    }
  }
  function stopReasonOf$1(error2) {
    if (error2.kind === "auth") return "auth";
    if (error2.kind === "rate-limit") return "rate-limit";
    if (error2.kind === "network") return "network";
    return "server";
  }
  const STOP_PRIORITY = ["auth", "network", "rate-limit", "server", "aborted"];
  function worstStop(a, b) {
    if (!a) return b;
    if (!b) return a;
    return STOP_PRIORITY.indexOf(a) <= STOP_PRIORITY.indexOf(b) ? a : b;
  }
  async function settle(promise) {
    try {
      return { ok: true, value: await promise };
    } catch (error2) {
      if (isTikTokApiError(error2)) return { ok: false, error: error2 };
      throw error2;
    }
  }
  function quarantineFromError(error2, at, orderId2) {
    return {
      endpoint: error2.endpoint,
      path: error2.fieldPath ?? "(response)",
      issue: error2.message,
      at,
      ...orderId2 ? { orderId: orderId2 } : {}
    };
  }
  function mergeQuarantine(fromErrors, fromClient, at) {
    const rows = [...fromErrors];
    const same2 = (a, b) => a.endpoint === b.endpoint && a.path === b.path;
    for (const item of fromClient) {
      const errors = fromErrors.filter((r) => same2(r, item));
      const items = fromClient.filter((i) => same2(i, item));
      if (errors.length === 1 && items.length === 1) errors[0].payload = item.payload;
      else rows.push({ endpoint: item.endpoint, path: item.path, issue: item.issue, at, payload: item.payload });
    }
    return rows;
  }
  async function fetchBatch(deps, keys) {
    const now = deps.now();
    const { db: db2, client } = deps;
    const rows = (await getPackages(db2, keys)).filter((r) => r.watched === 1);
    const orderIds = [...new Set(rows.map((r) => r.orderId))];
    const [clicks, storedEvents] = await Promise.all([getLabelClicks(db2, orderIds), listEventsOfPackages(db2, rows.map((r) => r.key))]);
    const batch = { keys, now, packages: [], deferred: [], quarantine: [], anySuccess: false };
    if (rows.length === 0) return batch;
    const ordersResult = await settle(client.getOrders(orderIds));
    const orders = /* @__PURE__ */ new Map();
    if (ordersResult.ok) {
      batch.anySuccess = true;
      for (const order of ordersResult.value) orders.set(order.id, order);
    } else {
      const error2 = ordersResult.error;
      if (effectOf(error2) === "stop") {
        batch.stop = { reason: stopReasonOf$1(error2), error: error2 };
        batch.deferred = [...keys];
        return batch;
      }
      if (error2.kind === "schema") batch.quarantine.push(quarantineFromError(error2, now));
      deps.log?.({ level: "warn", code: "orders-unavailable", message: error2.message, data: { kind: error2.kind, endpoint: error2.endpoint } });
    }
    const trackingOrderIds = [
      ...new Set(rows.filter((r) => shouldFetchTracking(r, orders.get(r.orderId), clicks.get(r.orderId)?.firstClickAt)).map((r) => r.orderId))
    ];
    const trackingResults = new Map(
      await Promise.all(trackingOrderIds.map(async (id) => [id, await settle(client.getOrderTracking(id))]))
    );
    let attempted = 0;
    let transientFailures = 0;
    for (const row of rows) {
      const result2 = trackingResults.get(row.orderId);
      let tracking;
      let failure2;
      if (result2) {
        attempted += 1;
        if (result2.ok) {
          batch.anySuccess = true;
          tracking = result2.value;
        } else failure2 = result2.error;
      }
      if (failure2 && effectOf(failure2) === "stop") {
        batch.deferred.push(row.key);
        batch.stop = { reason: worstStop(batch.stop?.reason, stopReasonOf$1(failure2)), error: failure2 };
        continue;
      }
      const assessment = assessPackage({
        record: row,
        storedEvents: storedEvents.get(row.key) ?? [],
        ...tracking ? { tracking } : {},
        ...orders.has(row.orderId) ? { order: orders.get(row.orderId) } : {},
        ...clicks.has(row.orderId) ? { labelClickAt: clicks.get(row.orderId).firstClickAt } : {},
        ...deps.shopRegion ? { fallbackMarket: deps.shopRegion } : {},
        policy: deps.policyFor(row.market ?? (orders.get(row.orderId)?.recipient_address?.region_code || deps.shopRegion)),
        now
      });
      for (const rejected of assessment.rejected) {
        batch.quarantine.push({
          endpoint: "orders.tracking",
          path: `data.tracking[${rejected.index}].update_time_millis`,
          issue: rejected.code,
          at: now,
          orderId: row.orderId,
          payload: tracking?.[rejected.index]
        });
      }
      const retryLater = failure2 !== void 0 && effectOf(failure2) === "retry-later";
      if (retryLater) transientFailures += 1;
      if (failure2) {
        assessment.record.lastError = { kind: failure2.kind, message: failure2.message, at: now };
        if (retryLater) assessment.record.lastCheckedAt = row.lastCheckedAt;
        if (failure2.kind === "schema") batch.quarantine.push(quarantineFromError(failure2, now, row.orderId));
      }
      batch.packages.push({ assessment, retryLater, failed: failure2 !== void 0 });
    }
    if (!batch.stop && attempted > 0 && transientFailures === attempted) {
      const error2 = [...trackingResults.values()].find((r) => !r.ok);
      if (error2 && !error2.ok) batch.stop = { reason: "server", error: error2.error };
    }
    batch.quarantine = mergeQuarantine(batch.quarantine, deps.quarantine?.take() ?? [], now);
    return batch;
  }
  async function commitBatch(deps, batch, cursor) {
    const { db: db2 } = deps;
    return db2.transaction("rw", [db2.packages, db2.events, db2.alerts, db2.pollCursor, db2.quarantine], async () => {
      const found = batch.packages.filter((p) => p.assessment.packageIdFound);
      if (found.length > 0) {
        await upsertPackages(
          db2,
          found.map(({ assessment }) => ({ orderId: assessment.record.orderId, packageId: assessment.packageIdFound })),
          batch.now
        );
      }
      const records = batch.packages.map(
        ({ assessment }) => assessment.packageIdFound ? { ...assessment.record, key: packageKeyOf({ orderId: assessment.record.orderId, packageId: assessment.packageIdFound }), packageId: assessment.packageIdFound } : assessment.record
      );
      await putPackages(db2, records);
      const counts = await addEventsOfPackages(
        db2,
        records.map((record2, i) => ({ packageKey: record2.key, events: batch.packages[i].assessment.newEvents })),
        batch.now
      );
      const newAlerts = await raiseAlerts(
        db2,
        records.flatMap(
          (record2, i) => batch.packages[i].assessment.risks.map((riskCode) => ({ packageKey: record2.key, riskCode, orderId: record2.orderId, raisedAt: batch.now, cycleId: cursor.cycleId }))
        )
      );
      for (const entry of batch.quarantine) await quarantinePayload(db2, entry);
      await writePollCursor(db2, cursor);
      let newEvents = 0;
      for (const n2 of counts.values()) newEvents += n2;
      return { newEvents, newAlerts, quarantined: batch.quarantine.length };
    });
  }
  function toPollAlert(alert, row) {
    const text = riskTexts[alert.riskCode] ?? { en: alert.riskCode, zh: alert.riskCode };
    return {
      notificationId: alertIdOf(alert),
      packageKey: alert.packageKey,
      orderId: alert.orderId,
      riskCode: alert.riskCode,
      raisedAt: alert.raisedAt,
      text,
      ...row?.trackingNumber ? { trackingNumber: row.trackingNumber } : {},
      ...row?.market ? { market: row.market } : {}
    };
  }
  async function deliverAlerts(deps, alerts) {
    if (alerts.length === 0) return 0;
    const rows = new Map((await getPackages(deps.db, [...new Set(alerts.map((a) => a.packageKey))])).map((r) => [r.key, r]));
    let shown = 0;
    for (const alert of alerts) {
      const at = deps.now();
      try {
        await deps.notify(toPollAlert(alert, rows.get(alert.packageKey)));
      } catch (error2) {
        deps.log?.({ level: "warn", code: "notify-failed", message: String(error2), data: { packageKey: alert.packageKey, riskCode: alert.riskCode } });
        continue;
      }
      await markAlertNotified(deps.db, alert, at);
      shown += 1;
    }
    return shown;
  }
  async function startOrResume(deps, startedAt) {
    const stored = await readPollCursor(deps.db);
    if (stored && stored.finishedAt === void 0) return { cursor: stored, resumed: true };
    const seq = (stored?.seq ?? 0) + 1;
    const cursor = {
      id: "current",
      cycleId: `cycle-${seq}-${startedAt}`,
      seq,
      startedAt,
      remaining: await listWatchedKeysOldestFirst(deps.db),
      done: []
    };
    await writePollCursor(deps.db, cursor);
    return { cursor, resumed: false };
  }
  async function saveConnectionState(deps, state) {
    if (deps.setConnectionState) await deps.setConnectionState(state);
    else await connectionStateSetting.setValue(state);
  }
  function quiet(promise) {
    promise.catch(() => void 0);
    return promise;
  }
  async function runPollCycle(deps, opts = {}) {
    const batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE)));
    const startedAt = deps.now();
    const renotified = await deliverAlerts(deps, await listUnnotifiedAlerts(deps.db));
    const { cursor: initial, resumed } = await startOrResume(deps, startedAt);
    let cursor = initial;
    const pending = [...cursor.remaining];
    const summary = {
      cycleId: cursor.cycleId,
      checked: 0,
      failed: 0,
      newEvents: 0,
      newAlerts: 0,
      renotified,
      quarantined: 0,
      atRisk: 0,
      resumed,
      remaining: pending.length,
      finished: false
    };
    let anySuccess = false;
    let lastError;
    let offset = 0;
    const nextBatch = () => {
      if (offset >= pending.length || opts.signal?.aborted) return void 0;
      const keys = pending.slice(offset, offset + batchSize);
      offset += keys.length;
      return quiet(fetchBatch(deps, keys));
    };
    const inFlight = [];
    const refill = () => {
      while (inFlight.length < PIPELINE_DEPTH) {
        const next = nextBatch();
        if (!next) return;
        inFlight.push(next);
      }
    };
    refill();
    let committed = 0;
    while (inFlight.length > 0) {
      const batch = await inFlight.shift();
      if (batch.stop) inFlight.length = 0;
      else refill();
      committed += batch.keys.length;
      const processed = batch.keys.filter((k) => !batch.deferred.includes(k));
      cursor = {
        ...cursor,
        remaining: [...batch.deferred, ...pending.slice(committed)],
        done: [...cursor.done, ...processed]
      };
      if (inFlight.length === 0 && cursor.remaining.length === 0) cursor.finishedAt = batch.now;
      const result2 = await commitBatch(deps, batch, cursor);
      anySuccess ||= batch.anySuccess;
      summary.checked += batch.packages.length;
      summary.failed += batch.packages.filter((p) => p.failed).length;
      summary.newEvents += result2.newEvents;
      summary.newAlerts += result2.newAlerts.length;
      summary.quarantined += result2.quarantined;
      summary.remaining = cursor.remaining.length;
      await deliverAlerts(deps, result2.newAlerts);
      if (batch.stop) {
        summary.stoppedBecause = batch.stop.reason;
        lastError = batch.stop.error;
        break;
      }
    }
    if (!summary.stoppedBecause && opts.signal?.aborted && cursor.remaining.length > 0) summary.stoppedBecause = "aborted";
    summary.finished = cursor.finishedAt !== void 0;
    if (pending.length === 0 && !summary.finished) {
      cursor = { ...cursor, finishedAt: startedAt };
      await writePollCursor(deps.db, cursor);
      summary.finished = true;
    }
    summary.atRisk = await countAtRisk(deps.db);
    await deps.setBadge(summary.atRisk);
    if (summary.stoppedBecause === "auth" && lastError) {
      await saveConnectionState(deps, {
        state: "reconnect-needed",
        reason: lastError.reconnect ? connectionReasons.reconnect : describeTikTokError(lastError),
        detail: `${lastError.code ?? lastError.kind}: ${lastError.message}`,
        checkedAt: deps.now()
      });
    } else if (anySuccess) {
      await saveConnectionState(deps, { state: "ok", checkedAt: deps.now() });
    }
    deps.log?.({ level: summary.stoppedBecause ? "warn" : "info", code: "poll-cycle", message: `poll cycle ${summary.cycleId}`, data: { ...summary } });
    return summary;
  }
  const WATCHED_ORDER_STATUSES = ["AWAITING_SHIPMENT", "PARTIALLY_SHIPPING", "AWAITING_COLLECTION", "IN_TRANSIT"];
  const DISCOVERY_WATERMARK_KEY = "discovery:update-time";
  const WATERMARK_OVERLAP_SECONDS = 300;
  function stopReasonOf(error2) {
    switch (error2.kind) {
      case "auth":
        return "auth";
      case "network":
        return "network";
      case "rate-limit":
        return "rate-limit";
      case "schema":
        return "schema";
      default:
        return "server";
    }
  }
  async function discoverPackages(deps, opts = {}) {
    const { db: db2, client } = deps;
    const statuses = opts.statuses ?? WATCHED_ORDER_STATUSES;
    const pageSize = opts.pageSize ?? 50;
    const maxPages = opts.maxPages ?? 100;
    const previous = await readMeta(db2, DISCOVERY_WATERMARK_KEY);
    const since = previous === void 0 ? void 0 : Math.max(0, previous - WATERMARK_OVERLAP_SECONDS);
    const summary = { discovered: 0, updated: 0, pages: 0, quarantined: 0 };
    let highest = previous ?? 0;
    let incomplete = false;
    const storeQuarantine = async (error2) => {
      const at = deps.now();
      const items = deps.quarantine?.take() ?? [];
      if (error2?.kind === "schema" && !items.some((i) => i.endpoint === error2.endpoint && i.path === error2.fieldPath)) {
        items.push({ endpoint: error2.endpoint, path: error2.fieldPath ?? "(response)", issue: error2.message, payload: void 0 });
      }
      for (const item of items) await quarantinePayload(db2, { endpoint: item.endpoint, path: item.path, issue: item.issue, at, payload: item.payload });
      summary.quarantined += items.length;
    };
    outer: for (const status of statuses) {
      let pageToken;
      for (let page = 0; page < maxPages; page += 1) {
        let result2;
        try {
          result2 = await client.searchOrders({
            status,
            pageSize,
            sortField: "update_time",
            sortOrder: "ASC",
            ...since !== void 0 ? { updateTimeGe: since } : {},
            ...pageToken ? { pageToken } : {}
          });
        } catch (error2) {
          if (!isTikTokApiError(error2)) throw error2;
          await storeQuarantine(error2);
          summary.stoppedBecause = stopReasonOf(error2);
          deps.log?.({ level: "warn", code: "discover-failed", message: error2.message, data: { status, kind: error2.kind } });
          if (error2.kind === "auth") {
            const state = { state: "reconnect-needed", reason: connectionReasons.reconnect, detail: `${error2.code ?? error2.kind}: ${error2.message}`, checkedAt: deps.now() };
            if (deps.setConnectionState) await deps.setConnectionState(state);
            else await connectionStateSetting.setValue(state);
          }
          if (error2.kind === "schema") continue outer;
          break outer;
        }
        summary.pages += 1;
        const rows = result2.orders.flatMap((order) => packagesFromOrder(order, deps.shopRegion));
        const counts = await upsertPackages(db2, rows, deps.now());
        summary.discovered += counts.inserted;
        summary.updated += counts.updated;
        for (const order of result2.orders) if (order.update_time !== void 0) highest = Math.max(highest, order.update_time);
        await storeQuarantine();
        if (!result2.nextPageToken) break;
        pageToken = result2.nextPageToken;
        if (page === maxPages - 1) incomplete = true;
      }
    }
    if (!summary.stoppedBecause && !incomplete && highest > 0 && highest !== previous) {
      await writeMeta(db2, DISCOVERY_WATERMARK_KEY, highest);
      summary.watermark = highest;
    }
    return summary;
  }
  function createQuarantineBuffer(maxItems = 1e3) {
    let items = [];
    return {
      add(item) {
        if (items.length < maxItems) items.push(item);
      },
      take() {
        const taken = items;
        items = [];
        return taken;
      }
    };
  }
  const POLL_ALARM_NAME = "lml-poll";
  const DEFAULT_POLL_INTERVAL_MINUTES = 15;
  function alarmPeriodMinutes(settings) {
    const minutes = settings.intervalMinutes;
    if (typeof minutes !== "number" || !Number.isFinite(minutes)) return DEFAULT_POLL_INTERVAL_MINUTES;
    return Math.max(MIN_POLL_INTERVAL_MINUTES, minutes);
  }
  function singleFlight(task) {
    let running;
    return () => {
      if (!running) {
        running = task().finally(() => {
          running = void 0;
        });
      }
      return running;
    };
  }
  function clientFromStorage(appKey, options = {}) {
    return createTikTokClient({
      appKey,
      fetch: (url2, init) => fetch(url2, init),
      now: () => Date.now(),
      ...options.qps ? { qps: options.qps } : {},
      ...options.onQuarantine ? { onQuarantine: options.onQuarantine } : {},
      getSecrets: async () => {
        const c = await credentialsSetting.getValue();
        if (!c) throw new Error("not connected");
        return { appSecret: c.appSecret, accessToken: c.accessToken, ...c.refreshToken ? { refreshToken: c.refreshToken } : {}, ...c.shopCipher ? { shopCipher: c.shopCipher } : {} };
      },
      saveTokens: async (tokens) => {
        const c = await credentialsSetting.getValue();
        if (!c) return;
        await credentialsSetting.setValue({
          ...c,
          accessToken: tokens.accessToken,
          refreshToken: tokens.refreshToken,
          accessTokenExpiresAt: tokens.accessTokenExpiresAtMs,
          ...tokens.refreshTokenExpiresAtMs ? { refreshTokenExpiresAt: tokens.refreshTokenExpiresAtMs } : {}
        });
      }
    });
  }
  async function readConnectionView() {
    const [state, credentials] = await Promise.all([connectionStateSetting.getValue(), credentialsSetting.getValue()]);
    if (!credentials) return { state: "not-configured", reason: connectionReasons.notConfigured };
    return { ...state, ...credentials.shopName ? { shopName: credentials.shopName } : {}, ...credentials.region ? { region: credentials.region } : {} };
  }
  function shopViews(shops) {
    return shops.map((s) => ({ id: String(s.id ?? ""), name: String(s.name ?? ""), region: String(s.region ?? ""), cipher: String(s.cipher ?? "") }));
  }
  async function testConnection() {
    const credentials = await credentialsSetting.getValue();
    if (!credentials) return { connection: await readConnectionView(), shops: [] };
    const checkedAt = Date.now();
    try {
      const shops = await clientFromStorage(credentials.appKey).getAuthorizedShops();
      const views = shopViews(shops);
      const chosen = views.find((s) => s.cipher === credentials.shopCipher) ?? views.find((s) => s.region === credentials.region) ?? views[0];
      if (chosen) {
        const latest = await credentialsSetting.getValue() ?? credentials;
        await credentialsSetting.setValue({ ...latest, shopCipher: chosen.cipher, shopId: chosen.id, shopName: chosen.name, region: chosen.region || latest.region });
      }
      await connectionStateSetting.setValue({ state: "ok", checkedAt });
      return { connection: await readConnectionView(), shops: views };
    } catch (error2) {
      const state = isTikTokApiError(error2) ? { state: error2.kind === "auth" ? "reconnect-needed" : "error", reason: error2.kind === "auth" ? connectionReasons.reconnect : describeTikTokError(error2), detail: `${error2.kind}${error2.code !== void 0 ? ` ${error2.code}` : ""}: ${error2.message}`, checkedAt } : { state: "error", reason: { en: "The connection test failed.", zh: "连接测试失败。" }, detail: error2 instanceof Error ? error2.message : String(error2), checkedAt };
      await connectionStateSetting.setValue(state);
      return { connection: await readConnectionView(), shops: [] };
    }
  }
  async function connectShop(input) {
    let tokens;
    if (input.authCode) {
      try {
        const t = await exchangeAuthCode({ appKey: input.appKey, appSecret: input.appSecret, authCode: input.authCode, fetch: (url2, init) => fetch(url2, init) });
        tokens = { accessToken: t.accessToken, refreshToken: t.refreshToken, accessTokenExpiresAt: t.accessTokenExpiresAtMs, ...t.refreshTokenExpiresAtMs ? { refreshTokenExpiresAt: t.refreshTokenExpiresAtMs } : {} };
      } catch (error2) {
        const detail = error2 instanceof Error ? error2.message : String(error2);
        return { connection: { state: "error", reason: { en: "The authorization code was not accepted (codes expire after 30 minutes and work once).", zh: "授权码未被接受（授权码 30 分钟内有效且只能使用一次）。" }, detail }, shops: [] };
      }
    } else if (input.accessToken) {
      tokens = { accessToken: input.accessToken, ...input.refreshToken ? { refreshToken: input.refreshToken } : {} };
    } else {
      return { connection: { state: "error", reason: { en: "Enter an access token or an authorization code.", zh: "请填写访问令牌或授权码。" } }, shops: [] };
    }
    const saved = await credentialsSetting.setValue({
      appKey: input.appKey,
      appSecret: input.appSecret,
      ...tokens,
      ...input.shopCipher ? { shopCipher: input.shopCipher } : {},
      ...input.region ? { region: input.region.toUpperCase() } : {}
    });
    if (!saved.ok) return { connection: { state: "error", reason: { en: "These credentials could not be saved.", zh: "无法保存这些凭证。" }, detail: saved.issues.map((i) => `${i.path}: ${i.message}`).join("; ") }, shops: [] };
    return testConnection();
  }
  async function disconnect() {
    await credentialsSetting.removeValue();
    await connectionStateSetting.removeValue();
    await browser$1.action.setBadgeText({ text: "" }).catch(() => void 0);
    return { connection: await readConnectionView() };
  }
  const LAST_POLL_KEY = "last-poll-at";
  let db;
  function database() {
    db ??= openDb();
    return db;
  }
  async function uiLocale() {
    const preference = await localeSetting.getValue();
    return preference === "auto" ? localeFromLanguageTag(browser$1.i18n.getUILanguage()) : preference;
  }
  async function notify(alert) {
    const locale = await uiLocale();
    await browser$1.notifications.create(alert.notificationId, {
      type: "basic",
      iconUrl: browser$1.runtime.getURL("/icon/128.png"),
      title: `Lastmile Lens · ${alert.orderId}`,
      message: localize(alert.text, locale) + (alert.trackingNumber ? ` (${alert.trackingNumber})` : ""),
      priority: 1
    });
  }
  async function setBadge(count) {
    await browser$1.action.setBadgeText({ text: count > 0 ? String(count) : "" });
    await browser$1.action.setBadgeBackgroundColor({ color: "#b42318" });
  }
  const pollOnce = singleFlight(async () => {
    const credentials = await credentialsSetting.getValue();
    if (!credentials) return { idle: true };
    const settings = await pollSettings.getValue();
    const quarantine = createQuarantineBuffer();
    const client = clientFromStorage(credentials.appKey, { qps: settings.qps, onQuarantine: quarantine.add });
    const { pack } = effectivePack(await ruleOverridesSetting.getValue());
    const now = () => Date.now();
    const shopRegion = credentials.region;
    const store = await database();
    await discoverPackages({ db: store, client, now, quarantine, ...shopRegion ? { shopRegion } : {} });
    const summary = await runPollCycle(
      {
        db: store,
        client,
        now,
        quarantine,
        ...shopRegion ? { shopRegion } : {},
        policyFor: (market) => {
          const rules = pack.markets.find((m) => m.code === market);
          return rules ? slaPolicyFromMarketRules(rules) : void 0;
        },
        notify,
        setBadge
      },
      { batchSize: settings.batchSize }
    );
    await writeMeta(store, LAST_POLL_KEY, now());
    return summary;
  });
  async function lastPollAt() {
    return await readMeta(await database(), LAST_POLL_KEY) ?? null;
  }
  function todayIso(now = /* @__PURE__ */ new Date()) {
    const pad = (n2) => String(n2).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  async function quoteParcel(request) {
    const [overrides, profile] = await Promise.all([ruleOverridesSetting.getValue(), sellerProfileSetting.getValue()]);
    return buildQuoteAllView(request, effectivePack(overrides).pack, profile, todayIso());
  }
  function isStuckOrder(order, stored) {
    if (order.awaitingShipment === false) return false;
    const awaiting = order.awaitingShipment === true || /awaiting|待发货|待揽收/i.test(order.statusText ?? "") || stored?.pkg?.orderStatus === "AWAITING_SHIPMENT" || stored?.pkg?.orderStatus === "AWAITING_COLLECTION";
    const labelled = Boolean(order.waybill || stored?.pkg?.labelCreatedAt || stored?.labelClick);
    return awaiting && labelled;
  }
  function diagnoseForPage(order, stored, settings, market, pack, now) {
    if (!isStuckOrder(order, stored)) return null;
    const top = topFinding(diagnosePendingShipment(buildDiagnosisFacts(order.orderId, order, stored, settings, market), now, pack));
    if (!top || top.code === "order-not-pending") return null;
    return { code: top.code, severity: top.severity, title: top.title, detail: top.detail, fix: top.fix, source: top.source };
  }
  async function enrichOrders(request) {
    const [overrides, profile] = await Promise.all([ruleOverridesSetting.getValue(), sellerProfileSetting.getValue()]);
    const { pack } = effectivePack(overrides);
    const market = request.market ?? profile.market;
    const today = todayIso();
    const now = Date.now();
    let stored = /* @__PURE__ */ new Map();
    let settings;
    if (request.withDiagnosis) {
      [stored, settings] = await Promise.all([loadStoredOrders(await database(), request.orders.map((o) => o.orderId)), loadDiagnosisSettings()]);
    }
    return {
      orders: request.orders.map((order) => ({
        orderId: order.orderId,
        ...market ? { badge: buildBadgeView(order, market, pack, profile, today) } : {},
        ...settings ? { diagnosis: diagnoseForPage(order, stored.get(order.orderId), settings, market, pack, now) } : {}
      }))
    };
  }
  const SIDEPANEL_TARGET_KEY = "sidepanel-target";
  async function openTroubleshooting(request, tabId) {
    await browser$1.storage.local.set({ [SIDEPANEL_TARGET_KEY]: { ...request, at: Date.now() } });
    const api = browser$1;
    try {
      if (api.sidePanel) {
        if (tabId !== void 0) await api.sidePanel.open({ tabId });
        else {
          const window2 = await browser$1.windows.getCurrent();
          await api.sidePanel.open({ windowId: window2.id });
        }
        return { opened: true };
      }
      if (api.sidebarAction) {
        await api.sidebarAction.open();
        return { opened: true };
      }
    } catch {
    }
    const query = request.orderId ? `?order=${encodeURIComponent(request.orderId)}` : request.query ? `?q=${encodeURIComponent(request.query)}` : "";
    await browser$1.tabs.create({ url: browser$1.runtime.getURL(`/sidepanel.html${query}`) });
    return { opened: true };
  }
  const localized = object({ en: string(), zh: string() });
  const orderId = string().regex(/^\d{6,24}$/);
  const dimensionsMm = object({ length: number().positive(), width: number().positive(), height: number().positive() });
  const destination = object({ country: string().max(8).optional(), postcode: string().max(16).optional() });
  const pageOrderSchema = object({
    orderId,
    statusText: string().max(200).optional(),
    awaitingShipment: boolean().optional(),
    carrierText: string().max(200).optional(),
    waybill: string().max(200).optional(),
    weightGrams: number().positive().max(1e6).optional(),
    dimensionsMm: dimensionsMm.optional(),
    destination: destination.optional()
  });
  object({ amountMinor: number().int(), currency: string(), exponent: number().int().min(0).max(4) });
  const quoteLineSchema = object({
    code: _enum(["base", "fuel", "remote", "tracking", "priority", "rebate"]),
    amountMinor: number().int(),
    explanation: localized,
    source: string(),
    estimate: boolean().optional(),
    basedOnMonth: string().optional()
  });
  const quoteViewSchema = object({
    carrierId: string(),
    carrierName: localized,
    currency: string(),
    currencyExponent: number().int(),
    chargeableWeightGrams: number(),
    actualWeightGrams: number(),
    volumetricWeightGrams: number().nullable(),
    lines: array(quoteLineSchema),
    totalMinor: number().int(),
    estimate: boolean(),
    roundingRule: localized,
    warnings: array(object({ code: string(), text: localized })),
    transitBenchmarkDays: number().optional()
  });
  const excludedViewSchema = object({
    carrierId: string(),
    carrierName: localized,
    reasons: array(object({ code: string(), source: string(), text: localized }))
  });
  const quoteAllViewSchema = object({
    eligible: array(quoteViewSchema),
    excluded: array(excludedViewSchema),
    usedDefaults: array(_enum(["weight", "dimensions", "destination"]))
  });
  const quoteRequestSchema = object({
    market: string().min(2).max(3),
    weightGrams: number().positive().max(1e6).optional(),
    dimensionsMm: dimensionsMm.optional(),
    destination: destination.optional(),
    /** ISO day; the background uses today when absent. */
    date: string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    priority: boolean().optional(),
    monthlyParcels: number().int().nonnegative().optional()
  });
  const findingViewSchema = object({
    code: string(),
    severity: _enum(["critical", "high", "medium", "low", "info", "unknown"]),
    title: localized,
    detail: localized,
    fix: localized,
    source: string()
  });
  const badgeViewSchema = object({
    eligibleCount: number().int(),
    cheapest: object({ carrierId: string(), carrierName: localized, totalMinor: number().int(), currency: string(), exponent: number().int() }).optional(),
    excluded: array(excludedViewSchema),
    noRate: array(object({ carrierId: string(), carrierName: localized })),
    usedDefaults: array(_enum(["weight", "dimensions", "destination"])),
    /** No weight on the page and no default: eligibility ignores weight limits and no price is given. */
    needsWeight: boolean().optional()
  });
  const connectionViewSchema = object({
    state: _enum(["not-configured", "ok", "reconnect-needed", "error"]),
    reason: localized.optional(),
    detail: string().optional(),
    checkedAt: number().optional(),
    shopName: string().optional(),
    region: string().optional()
  });
  const slaClockViewSchema = object({
    firstScan: object({ state: string(), dueAt: number().optional(), at: number().optional(), lateByMs: number().optional(), remainingMs: number().optional() }),
    longestGapMs: number().optional(),
    longestGapBreached: boolean(),
    currentGapMs: number().optional(),
    transitDays: number().optional(),
    benchmarkDays: number().optional(),
    overBenchmark: boolean().optional(),
    risks: array(string())
  });
  const troubleshootViewSchema = object({
    query: string(),
    found: boolean(),
    orderId: string().optional(),
    facts: object({
      market: string().optional(),
      carrierText: string().optional(),
      carrierId: string().optional(),
      waybill: string().optional(),
      status: string().optional(),
      labelCreatedAt: number().optional(),
      labelCreatedSource: _enum(["api", "print-click"]).optional(),
      shipByAt: number().optional(),
      firstScanAt: number().optional(),
      lastCheckedAt: number().optional(),
      apiConnected: boolean()
    }),
    events: array(object({ at: number(), status: string(), description: string(), isCarrierScan: boolean(), gapBeforeMs: number().optional(), gapBreached: boolean().optional() })),
    clocks: slaClockViewSchema.nullable(),
    findings: array(findingViewSchema),
    rankingNote: localized,
    ticket: localized
  });
  const metricViewSchema = object({
    code: string(),
    label: localized,
    scope: _enum(["shop", "market", "carrier", "market-carrier"]),
    market: string().optional(),
    carrierId: string().optional(),
    value: number().nullable(),
    numerator: number(),
    denominator: number(),
    threshold: number().optional(),
    comparator: string().optional(),
    breached: boolean(),
    previousValue: number().nullable().optional(),
    trend: _enum(["improving", "worsening", "flat", "unknown"]).optional(),
    source: string()
  });
  const shopOverviewSchema = object({
    generatedAt: number(),
    apiConnected: boolean(),
    atRisk: array(
      object({
        orderId: string(),
        packageKey: string(),
        trackingNumber: string().optional(),
        carrierId: string().optional(),
        carrierName: localized.optional(),
        market: string().optional(),
        risks: array(object({ code: string(), text: localized })),
        labelCreatedAt: number().optional(),
        lastEventAt: number().optional(),
        firstScanDueAt: number().optional(),
        shipByAt: number().optional()
      })
    ),
    countsByCarrier: array(object({ carrierId: string(), carrierName: localized, count: number().int() })),
    metrics: array(metricViewSchema),
    deliveryDays: array(object({ market: string(), carrierId: string().optional(), histogram: array(object({ days: number(), count: number().int() })) }))
  });
  const protocol = {
    ping: {
      from: ["page", "ui"],
      request: object({}),
      response: object({ pong: literal(true), version: string() })
    },
    /** Carrier badges and Pending-Shipment diagnoses for the orders visible on a page (one batched request). */
    "enrich-orders": {
      from: ["page"],
      request: object({ market: string().nullable(), orders: array(pageOrderSchema).max(1e3), withDiagnosis: boolean() }),
      response: object({
        orders: array(object({ orderId, badge: badgeViewSchema.optional(), diagnosis: findingViewSchema.nullable().optional() }))
      })
    },
    /** All carriers ranked for one parcel (popup quick quote, live fee estimate). */
    "quote-parcel": {
      from: ["page", "ui"],
      request: quoteRequestSchema,
      response: quoteAllViewSchema
    },
    /** The seller clicked Seller Center's own print-label button: a label-created time when the API has none. */
    "record-label-click": {
      from: ["page"],
      request: object({ orderIds: array(orderId).max(600) }),
      response: object({ recorded: number().int() })
    },
    /** Open the side panel on an order (from an in-page hint or a notification). */
    "open-troubleshooting": {
      from: ["page", "ui"],
      request: object({ orderId: orderId.optional(), query: string().max(200).optional() }),
      response: object({ opened: boolean() })
    },
    /** Non-secret settings a page hint needs (printer resolution for the label-printing page). */
    "page-settings": {
      from: ["page"],
      request: object({}),
      response: object({ printerDpi: number().nullable(), labelSize: string().nullable() })
    },
    /** Connection state for popup/options: never includes a secret. */
    "connection-status": {
      from: ["ui"],
      request: object({}),
      response: object({ connection: connectionViewSchema, pollIntervalMinutes: number(), lastPollAt: number().nullable(), atRiskCount: number().int(), watchedCount: number().int() })
    },
    /** Save credentials (options page only) and test them with a cheap call. */
    "connect-shop": {
      from: ["ui"],
      request: object({
        appKey: string().trim().min(1),
        appSecret: string().trim().min(1),
        accessToken: string().trim().min(1).optional(),
        refreshToken: string().trim().min(1).optional(),
        authCode: string().trim().min(1).optional(),
        shopCipher: string().trim().min(1).optional(),
        region: string().trim().min(2).max(3).optional()
      }),
      response: object({ connection: connectionViewSchema, shops: array(object({ id: string(), name: string(), region: string(), cipher: string() })) })
    },
    "test-connection": {
      from: ["ui"],
      request: object({}),
      response: object({ connection: connectionViewSchema, shops: array(object({ id: string(), name: string(), region: string(), cipher: string() })) })
    },
    /** Wipe every secret. */
    disconnect: {
      from: ["ui"],
      request: object({}),
      response: object({ connection: connectionViewSchema })
    },
    /** Side panel: everything about one order or tracking number, with ranked findings. */
    "troubleshoot-order": {
      from: ["ui"],
      request: object({ query: string().trim().min(1).max(200) }),
      response: troubleshootViewSchema
    },
    /** Side panel shop view: at-risk packages, SLA and fulfilment metrics with trends. */
    "shop-overview": {
      from: ["ui"],
      request: object({}),
      response: shopOverviewSchema
    },
    "poll-now": {
      from: ["ui"],
      request: object({}),
      response: object({ checked: number().int(), newEvents: number().int(), newAlerts: number().int(), atRisk: number().int(), stoppedBecause: string().optional() })
    }
  };
  const envelopeSchema = object({
    lml: literal(1),
    type: string(),
    payload: unknown()
  });
  discriminatedUnion("ok", [
    object({ ok: literal(true), data: unknown() }),
    object({ ok: literal(false), error: object({ code: string(), message: string() }) })
  ]);
  const SELLER_CENTER_HOSTS = [
    { host: "seller-us.tiktok.com", market: "US" },
    { host: "seller-uk.tiktok.com", market: "GB" },
    { host: "seller-id.tokopedia.com", market: "ID" },
    { host: "seller-id.tiktok.com", market: "ID" },
    { host: "seller-th.tiktok.com", market: "TH" },
    { host: "seller-vn.tiktok.com", market: "VN" },
    { host: "seller-my.tiktok.com", market: "MY" },
    { host: "seller-ph.tiktok.com", market: "PH" },
    { host: "seller-sg.tiktok.com", market: "SG" },
    { host: "seller-mx.tiktok.com", market: "MX" },
    { host: "seller-nl.tiktok.com", market: "NL" },
    { host: "seller-ie.tiktok.com", market: "IE" },
    { host: "seller-de.tiktok.com", market: "DE" },
    { host: "seller-fr.tiktok.com", market: "FR" },
    { host: "seller-it.tiktok.com", market: "IT" },
    { host: "seller-es.tiktok.com", market: "ES" },
    { host: "seller-br.tiktok.com", market: "BR" },
    { host: "seller-jp.tiktok.com", market: "JP" },
    { host: "seller.tiktokglobalshop.com", market: null },
    { host: "seller.us.tiktokglobalshop.com", market: null },
    { host: "seller.eu.tiktokglobalshop.com", market: null },
    { host: "seller.tiktokshopglobalselling.com", market: null },
    { host: "seller.us.tiktokshopglobalselling.com", market: null }
  ];
  SELLER_CENTER_HOSTS.map((h) => `https://${h.host}/*`);
  function classifySender(sender, extensionId, extensionOrigin) {
    if (sender.id !== extensionId) return null;
    const url2 = sender.url ?? "";
    if (url2.startsWith(extensionOrigin)) return "ui";
    try {
      const { protocol: protocol2, hostname } = new URL(url2);
      if (protocol2 === "https:" && SELLER_CENTER_HOSTS.some((h) => h.host === hostname)) return "page";
    } catch {
      return null;
    }
    return null;
  }
  function handleMessages(handlers) {
    const extensionId = browser$1.runtime.id;
    const origin = browser$1.runtime.getURL("/");
    const listener = (raw, sender) => {
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) return void 0;
      return dispatch(envelope.data.type, envelope.data.payload, sender);
    };
    async function dispatch(type, payload, sender) {
      const from = classifySender(sender, extensionId, origin);
      if (!from) return fail("forbidden", "Sender is not trusted");
      if (!(type in protocol)) return fail("unknown-type", `Unknown message "${type}"`);
      const def = protocol[type];
      if (!def.from.includes(from)) return fail("forbidden", `"${type}" may not be sent from ${from}`);
      const handler = handlers[type];
      if (!handler) return fail("unhandled", `No handler for "${type}"`);
      const parsed = def.request.safeParse(payload);
      if (!parsed.success) return fail("bad-request", `Invalid "${type}" payload: ${parsed.error.issues[0]?.message ?? ""}`);
      try {
        const data = await handler(parsed.data, from, sender.tab?.id);
        return { ok: true, data: def.response.parse(data) };
      } catch (error2) {
        return fail("handler-failed", error2 instanceof Error ? error2.message : String(error2));
      }
    }
    browser$1.runtime.onMessage.addListener(listener);
    return listener;
  }
  function fail(code, message) {
    return { ok: false, error: { code, message } };
  }
  const definition = defineBackground(() => {
    void browser$1.storage.local.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" })?.catch(() => void 0);
    handleMessages({
      ping: () => ({ pong: true, version: browser$1.runtime.getManifest().version }),
      "enrich-orders": (request) => enrichOrders(request),
      "quote-parcel": (request) => quoteParcel(request),
      "record-label-click": async ({ orderIds }) => {
        const now = Date.now();
        const store = await database();
        for (const orderId2 of orderIds) await recordLabelClick(store, orderId2, now);
        return { recorded: orderIds.length };
      },
      "open-troubleshooting": (request, _from, tabId) => openTroubleshooting(request, tabId),
      "page-settings": async () => {
        const printer = await printerSetting.getValue();
        return { printerDpi: printer?.dpi ?? null, labelSize: printer?.labelSize ?? null };
      },
      "connection-status": async () => ({
        connection: await readConnectionView(),
        pollIntervalMinutes: (await pollSettings.getValue()).intervalMinutes,
        lastPollAt: await lastPollAt(),
        atRiskCount: await countAtRisk(await database()),
        watchedCount: await countWatched(await database())
      }),
      "connect-shop": async (request) => {
        const result2 = await connectShop(request);
        if (result2.connection.state === "ok") void pollOnce().catch(() => void 0);
        return result2;
      },
      "test-connection": () => testConnection(),
      disconnect: () => disconnect(),
      "poll-now": async () => {
        const summary = await pollOnce();
        if ("idle" in summary) return { checked: 0, newEvents: 0, newAlerts: 0, atRisk: 0, stoppedBecause: "not-configured" };
        return { checked: summary.checked, newEvents: summary.newEvents, newAlerts: summary.newAlerts, atRisk: summary.atRisk, ...summary.stoppedBecause ? { stoppedBecause: summary.stoppedBecause } : {} };
      }
    });
    const scheduleAlarm = async () => {
      const period = alarmPeriodMinutes(await pollSettings.getValue());
      const existing = await browser$1.alarms.get(POLL_ALARM_NAME);
      if (existing?.periodInMinutes !== period) await browser$1.alarms.create(POLL_ALARM_NAME, { periodInMinutes: period, delayInMinutes: Math.min(1, period) });
    };
    void scheduleAlarm();
    pollSettings.watch(() => void scheduleAlarm());
    browser$1.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM_NAME) void pollOnce().catch((error2) => console.warn("[Lastmile Lens] poll failed:", error2 instanceof Error ? error2.message : error2));
    });
    browser$1.notifications.onClicked.addListener((notificationId) => {
      const body = notificationId.replace(/^lml-alert:/, "");
      const split = body.lastIndexOf(":");
      void database().then((store) => store.alerts.get([body.slice(0, split), body.slice(split + 1)])).then((alert) => openTroubleshooting(alert ? { orderId: alert.orderId } : {}, void 0)).catch(() => void 0);
    });
  });
  function initPlugins() {
  }
  function print(method, ...args) {
    return;
  }
  const logger = {
    debug: (...args) => print(console.debug, ...args),
    log: (...args) => print(console.log, ...args),
    warn: (...args) => print(console.warn, ...args),
    error: (...args) => print(console.error, ...args)
  };
  let result;
  try {
    initPlugins();
    result = definition.main();
    if (result instanceof Promise) console.warn("The background's main() function return a promise, but it must be synchronous");
  } catch (err) {
    logger.error("The background crashed on startup!");
    throw err;
  }
  var background_entrypoint_default = result;
  return background_entrypoint_default;
})();
