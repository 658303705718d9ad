var sellerCenter = (function() {
  "use strict";
  function _mergeNamespaces(n2, m) {
    for (var i2 = 0; i2 < m.length; i2++) {
      const e = m[i2];
      if (typeof e !== "string" && !Array.isArray(e)) {
        for (const k in e) {
          if (k !== "default" && !(k in n2)) {
            const d = Object.getOwnPropertyDescriptor(e, k);
            if (d) {
              Object.defineProperty(n2, k, d.get ? d : {
                enumerable: true,
                get: () => e[k]
              });
            }
          }
        }
      }
    }
    return Object.freeze(Object.defineProperty(n2, Symbol.toStringTag, { value: "Module" }));
  }
  function defineContentScript(definition2) {
    return definition2;
  }
  function getDefaultExportFromCjs(x2) {
    return x2 && x2.__esModule && Object.prototype.hasOwnProperty.call(x2, "default") ? x2["default"] : x2;
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
                } catch (err2) {
                  result2 = Promise.reject(err2);
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
                  }).catch((err2) => {
                    console.error("Failed to send onMessage rejected reply", err2);
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
  function localeFromLanguageTag(tag) {
    return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh" : "en";
  }
  function localize(text, locale) {
    return text[locale];
  }
  function fillLocalized(text, values) {
    const fill = (s) => s.replace(/\{(\w+)\}/g, (m, k) => k in values ? String(values[k]) : m);
    return { en: fill(text.en), zh: fill(text.zh) };
  }
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
  const SELLER_CENTER_MATCHES = SELLER_CENTER_HOSTS.map((h) => `https://${h.host}/*`);
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
  function foldName(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.,()（）【】·&＆]+/g, "");
  }
  const ALIAS_INDEX = new Map(
    CARRIER_IDS.flatMap((id) => [[foldName(id), id], ...CARRIER_ALIASES[id].map((a) => [foldName(a), id])])
  );
  const ALIASES_BY_LENGTH = [...ALIAS_INDEX.entries()].sort((a, b) => b[0].length - a[0].length);
  function resolveCarrierId(text) {
    if (typeof text !== "string") return void 0;
    const folded = foldName(text);
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
  const PATH_RULES = {
    // `/order` and `/order/` (ref §1.2); not `/orders`, `/affiliate/orders`, `/order/fulfill-policy`
    "order-list": (path) => path === "/order",
    "order-detail": (path) => path === "/order/detail",
    // bulk "recreate / reprint" page; Printing History may live below it
    "shipping-labels": (path) => path === "/shipment/labels" || path.startsWith("/shipment/labels/"),
    // seen on NL only (code #58791451124); same path assumed elsewhere
    "tracking-upload": (path) => path === "/order/seller-shipping/upload",
    // "Shipping Options" (UK, code #55342280602)
    "logistics-settings": (path) => path === "/logistics/delivery" || path.startsWith("/logistics/delivery/")
  };
  const HOST_MARKETS = new Map(SELLER_CENTER_HOSTS.map((h) => [h.host, h.market]));
  const LOCAL_HOST = /^seller-([a-z]{2})\.tiktok\.com$/;
  const GLOBAL_HOST = /^seller(?:\.[a-z]{2})?\.(?:tiktokglobalshop|tiktokshopglobalselling)\.com$/;
  function isKnownHost(host) {
    return HOST_MARKETS.has(host) || LOCAL_HOST.test(host) || GLOBAL_HOST.test(host);
  }
  function isSellerCenterUrl(url) {
    return (url.protocol === "https:" || url.protocol === "http:") && isKnownHost(url.hostname.toLowerCase());
  }
  function normalisedPath(url) {
    const path = url.pathname.toLowerCase().replace(/\/{2,}/g, "/").replace(/\/+$/, "");
    return path || "/";
  }
  function marketOf(url) {
    const host = url.hostname.toLowerCase();
    const fromList = HOST_MARKETS.get(host);
    if (fromList) return resolveMarket(fromList) ?? null;
    const local = LOCAL_HOST.exec(host);
    if (local) return resolveMarket(local[1]) ?? null;
    if (fromList === null || GLOBAL_HOST.test(host)) return resolveMarket(url.searchParams.get("shop_region") ?? "") ?? null;
    return null;
  }
  function detectPage(url) {
    if (!isSellerCenterUrl(url)) return { kind: "other", market: null, isToShip: false };
    const kind = Object.keys(PATH_RULES).find((k) => PATH_RULES[k](normalisedPath(url))) ?? "other";
    const info = { kind, market: marketOf(url), isToShip: false };
    if (kind === "order-list") {
      const tab = url.searchParams.get("tab")?.trim();
      if (tab) {
        info.tab = tab;
        info.isToShip = /^to[_-]?ship$/i.test(tab);
      }
    }
    if (kind === "order-detail") {
      const orderId2 = url.searchParams.get("order_no")?.trim();
      if (orderId2 && /^[0-9]{6,30}$/.test(orderId2)) info.orderId = orderId2;
    }
    return info;
  }
  const OWN_MARKER_ATTRIBUTE = "data-lml";
  const OWN_MARKER_SELECTOR = `[${OWN_MARKER_ATTRIBUTE}]`;
  const ELEMENT_NODE = 1;
  const TEXT_NODE = 3;
  const DOCUMENT_NODE = 9;
  const HIDDEN_TEXT_TAGS = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);
  const NON_VALUE_TAGS = /* @__PURE__ */ new Set(["BUTTON", "SVG", "svg"]);
  function isElement(node2) {
    return !!node2 && node2.nodeType === ELEMENT_NODE;
  }
  function isText(node2) {
    return !!node2 && node2.nodeType === TEXT_NODE;
  }
  function isOwnNode$1(node2) {
    const element = isElement(node2) ? node2 : node2?.parentElement;
    if (!element) return false;
    try {
      return element.closest(OWN_MARKER_SELECTOR) !== null;
    } catch {
      return false;
    }
  }
  function isOwnMarked(el2) {
    return el2.hasAttribute(OWN_MARKER_ATTRIBUTE);
  }
  function rootElementOf(root) {
    const node2 = root;
    if (node2.nodeType === DOCUMENT_NODE) {
      const doc = node2;
      return doc.body ?? doc.documentElement;
    }
    return isElement(node2) ? node2 : null;
  }
  const SHOW_ELEMENT = 1;
  const SHOW_TEXT = 4;
  const BIG_SUBTREE_CHILDREN = 8;
  const SKIPPED_SELECTOR = `script,style,template,noscript,${OWN_MARKER_SELECTOR}`;
  function isSkippedElement(el2) {
    return HIDDEN_TEXT_TAGS.has(el2.tagName) || el2.hasAttribute(OWN_MARKER_ATTRIBUTE);
  }
  const NON_VALUE_SKIP = {
    selector: 'button,svg,[role="button"]',
    test: (el2) => NON_VALUE_TAGS.has(el2.tagName) || el2.getAttribute("role") === "button"
  };
  const BUTTON_ICON_SKIP = { selector: "button,svg", test: (el2) => NON_VALUE_TAGS.has(el2.tagName) };
  function forEachTextNode(root, visit, skipElement) {
    walkText(
      root,
      (t) => {
        visit(t);
        return false;
      },
      void 0
    );
  }
  function walkText(root, visit, skip) {
    if (isText(root)) {
      visit(root);
      return;
    }
    if (isElement(root) && isSkippedElement(root)) return;
    if (isElement(root) && !root.firstElementChild) {
      for (let child = root.firstChild; child; child = child.nextSibling) if (isText(child) && visit(child)) return;
      return;
    }
    const doc = root.nodeType === DOCUMENT_NODE ? root : root.ownerDocument;
    const parent = root;
    if (!doc || typeof doc.createTreeWalker !== "function" || typeof parent.querySelectorAll !== "function") {
      walkWithStack(root, visit, skip?.test);
      return;
    }
    const big = !isElement(root) || root.childElementCount > BIG_SUBTREE_CHILDREN;
    const skipped = !big || skip && !skip.selector ? void 0 : textParentsToSkip(parent, skip);
    if (!skipped) {
      walkElementsAndText(doc, root, visit, skip?.test);
      return;
    }
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node2 = walker.nextNode(); node2; node2 = walker.nextNode()) {
      if (skipped.size && skipped.has(node2.parentNode)) continue;
      if (visit(node2)) return;
    }
  }
  function textParentsToSkip(root, skip) {
    const found = root.querySelectorAll(skip ? `${SKIPPED_SELECTOR},${skip.selector}` : SKIPPED_SELECTOR);
    const parents = /* @__PURE__ */ new Set();
    for (let i2 = 0; i2 < found.length; i2++) {
      const el2 = found[i2];
      if (el2.firstElementChild) return void 0;
      parents.add(el2);
    }
    return parents;
  }
  function walkElementsAndText(doc, root, visit, skipElement) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    let node2 = walker.nextNode();
    while (node2) {
      if (node2.nodeType === TEXT_NODE) {
        if (visit(node2)) return;
        node2 = walker.nextNode();
        continue;
      }
      const el2 = node2;
      node2 = isSkippedElement(el2) || skipElement && skipElement(el2) ? nextOutside(walker, root) : walker.nextNode();
    }
  }
  function nextOutside(walker, root) {
    for (; ; ) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent || parent === root) return null;
    }
  }
  function walkWithStack(root, visit, skipElement) {
    const stack = [root];
    while (stack.length) {
      const node2 = stack.pop();
      if (isText(node2)) {
        if (visit(node2)) return;
        continue;
      }
      if (isElement(node2)) {
        if (isSkippedElement(node2)) continue;
        if (skipElement && node2 !== root && skipElement(node2)) continue;
      }
      const children = node2.childNodes;
      for (let i2 = children.length - 1; i2 >= 0; i2--) stack.push(children[i2]);
    }
  }
  function textOf(node2) {
    let out = "";
    walkText(node2, (t) => {
      out += t.data;
      return false;
    });
    return out;
  }
  function valueTextOf(node2) {
    let out = "";
    walkText(
      node2,
      (t) => {
        out += t.data;
        return false;
      },
      NON_VALUE_SKIP
    );
    return out;
  }
  function hasValueText(node2, re) {
    let found = false;
    walkText(
      node2,
      (t) => {
        found = re.test(t.data);
        return found;
      },
      NON_VALUE_SKIP
    );
    return found;
  }
  function spacedTextOf(node2) {
    return textPiecesOf(node2).join(" ");
  }
  function textPiecesOf(node2) {
    const parts = [];
    walkText(
      node2,
      (t) => {
        const piece = collapseSpaces(t.data);
        if (piece) parts.push(piece);
        return false;
      },
      BUTTON_ICON_SKIP
    );
    return parts;
  }
  function collapseSpaces(text) {
    return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, " ").trim();
  }
  const FORMATTING_RUN_START = /^[ \t\n\r\f]+/;
  const FORMATTING_RUN_END = /[ \t\n\r\f]+$/;
  const LINE_BREAK_OR_TAB = /[\t\n\r\f]/;
  function trimFormattingWhitespace(text) {
    let out = text;
    const start = FORMATTING_RUN_START.exec(out);
    if (start && LINE_BREAK_OR_TAB.test(start[0])) out = out.slice(start[0].length);
    const end = FORMATTING_RUN_END.exec(out);
    if (end && LINE_BREAK_OR_TAB.test(end[0])) out = out.slice(0, out.length - end[0].length);
    return out;
  }
  const validity = /* @__PURE__ */ new Map();
  function isValidSelector(selector, probe) {
    const cached2 = validity.get(selector);
    if (cached2 !== void 0) return cached2;
    let ok;
    const target = probeNode();
    if (target) {
      try {
        target.querySelector(selector);
        ok = true;
      } catch {
        ok = false;
      }
    } else {
      ok = looksLikeSelector(selector);
    }
    if (validity.size > 500) validity.clear();
    validity.set(selector, ok);
    return ok;
  }
  function probeNode() {
    const doc = globalThis.document;
    return doc ? doc.createDocumentFragment() : null;
  }
  function looksLikeSelector(selector) {
    const s = selector.trim();
    if (!s || /^[>+~,]|[>+~,]$/.test(s)) return false;
    let depthSquare = 0;
    let depthRound = 0;
    let quote = "";
    for (const ch3 of s) {
      if (quote) {
        if (ch3 === quote) quote = "";
        continue;
      }
      if (ch3 === '"' || ch3 === "'") quote = ch3;
      else if (ch3 === "[") depthSquare++;
      else if (ch3 === "]") depthSquare--;
      else if (ch3 === "(") depthRound++;
      else if (ch3 === ")") depthRound--;
      if (depthSquare < 0 || depthRound < 0) return false;
    }
    return !quote && depthSquare === 0 && depthRound === 0;
  }
  const joined = /* @__PURE__ */ new Map();
  function joinValid(selectors) {
    let out = joined.get(selectors);
    if (out === void 0) {
      const valid = selectors.filter((s) => isValidSelector(s));
      out = valid.length ? valid.join(",") : null;
      if (joined.size > 200) joined.clear();
      joined.set(selectors, out);
    }
    return out;
  }
  function queryAll(root, selectors) {
    const selector = joinValid(selectors);
    if (!selector) return [];
    try {
      return withoutOwnNodes(root, Array.from(root.querySelectorAll(selector)));
    } catch {
      return [];
    }
  }
  function withoutOwnNodes(root, found) {
    if (!found.length) return found;
    if (isOwnNode$1(root)) return [];
    const markers = root.querySelectorAll(OWN_MARKER_SELECTOR);
    if (!markers.length) return found;
    for (let i2 = 0; i2 < markers.length; i2++) {
      if (markers[i2].firstElementChild) return found.filter((el2) => !isOwnNode$1(el2));
    }
    return found.filter((el2) => !isOwnMarked(el2));
  }
  function matchesAny(el2, selectors) {
    const selector = joinValid(selectors);
    if (!selector) return false;
    try {
      return el2.matches(selector);
    } catch {
      return false;
    }
  }
  function closestAny(el2, selectors) {
    const selector = joinValid(selectors);
    if (!selector) return null;
    try {
      return el2.closest(selector);
    } catch {
      return null;
    }
  }
  function hasHan(text) {
    return new RegExp("\\p{Script=Han}", "u").test(text);
  }
  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const US_TABLE = "shapes/order-list-table-us-en.html";
  const GB_TABLE_ZH = "shapes/order-list-table-gb-zh.html";
  const US_CARDS = "shapes/order-list-cards-us-en.html";
  const US_DETAIL = "shapes/order-detail-us-en.html";
  const GB_DETAIL_ZH = "shapes/order-detail-gb-zh.html";
  const US_LABELS = "shapes/shipping-labels-us-en.html";
  const UPLOAD_EN = "shapes/upload-dialogs-en.html";
  const UPLOAD_ZH = "shapes/upload-dialog-zh.html";
  const US_DRAWER = "shapes/seller-shipping-drawer-en.html";
  const REPLICA_TO_SHIP_US = "order-list-to-ship-us.html";
  const REPLICA_ALL_ZH_GB = "order-list-all-zh-gb.html";
  const REPLICA_DETAIL_US = "order-detail-us.html";
  const REPLICA_DETAIL_ZH_ID = "order-detail-zh-id.html";
  const REPLICA_LABELS_US = "shipment-labels-us.html";
  const SELECTOR_TABLE = {
    // ---- order list structure -------------------------------------------------------------------
    orderListContainer: {
      match: "css",
      values: ['[data-log_module_name="order_list"]'],
      why: "Analytics hook on the order list wrapper (ref §2.3, code #60810853283); the element to observe.",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 0], [REPLICA_TO_SHIP_US, 1], [REPLICA_ALL_ZH_GB, 1], [REPLICA_DETAIL_US, 0], [REPLICA_DETAIL_ZH_ID, 0], [REPLICA_LABELS_US, 0]]
    },
    orderIdAttribute: {
      match: "css",
      values: ["[data-log_order_id]", "[data-log_main_order_id]"],
      why: "Order id on the header-strip row and on the actions container of the body row (ref §2.3).",
      examples: [[US_TABLE, 12], [GB_TABLE_ZH, 1], [US_CARDS, 0], [REPLICA_TO_SHIP_US, 60], [REPLICA_ALL_ZH_GB, 60], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 0]]
    },
    orderIdLink: {
      match: "css",
      values: ['[data-log_click_for="order_id_link"]', ".order_id_number"],
      why: "The span holding the id (ref §2.3, code #33845889171); `.order_id_number` is a semantic class, not a hash.",
      examples: [[US_TABLE, 6], [GB_TABLE_ZH, 1], [US_CARDS, 0], [REPLICA_TO_SHIP_US, 30], [REPLICA_ALL_ZH_GB, 30], [REPLICA_DETAIL_US, 0], [REPLICA_DETAIL_ZH_ID, 0], [REPLICA_LABELS_US, 0]]
    },
    orderDetailLink: {
      match: "css",
      values: ['a[href*="order/detail"][href*="order_no="]'],
      why: "Links to /order/detail?order_no={id} carry the id in their URL (ref §1.2).",
      examples: [[US_TABLE, 0], [US_CARDS, 1]]
    },
    orderStatusAttribute: {
      match: "css",
      values: ["[data-log_order_status]"],
      why: "Internal status code on the order row; 101 (+ sub 1) = awaiting shipment (ref §2.3, §3).",
      examples: [[US_TABLE, 2], [GB_TABLE_ZH, 0], [REPLICA_TO_SHIP_US, 30], [REPLICA_ALL_ZH_GB, 30], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 0]]
    },
    row: {
      match: "css",
      values: ["tr", '[role="row"]'],
      why: "Table rows and ARIA rows (card/div layouts).",
      examples: [[US_TABLE, 22], [GB_TABLE_ZH, 18], [US_CARDS, 16], [US_DETAIL, 0], [US_LABELS, 4]]
    },
    headerCell: {
      match: "css",
      values: ["th", '[role="columnheader"]'],
      why: "Column headers; columns are mapped by their text, in any order and either language.",
      examples: [[US_TABLE, 6], [GB_TABLE_ZH, 6], [US_CARDS, 7], [US_DETAIL, 0], [US_LABELS, 6], [REPLICA_TO_SHIP_US, 6], [REPLICA_ALL_ZH_GB, 6], [REPLICA_DETAIL_US, 4], [REPLICA_DETAIL_ZH_ID, 4], [REPLICA_LABELS_US, 6]]
    },
    bodyCell: {
      match: "css",
      values: ["td", "th", '[role="cell"]', '[role="gridcell"]', '[role="rowheader"]'],
      why: "Cells of table rows and ARIA rows.",
      examples: [[US_TABLE, 57], [GB_TABLE_ZH, 47], [US_CARDS, 34], [US_DETAIL, 0], [US_LABELS, 24]]
    },
    tableRoot: {
      match: "css",
      values: ["table", '[role="table"]', '[role="grid"]', '[role="treegrid"]'],
      why: "Owners of rows: a row belongs to its closest table-like ancestor (nested tables stay apart).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 2], [US_DETAIL, 0], [US_LABELS, 2]]
    },
    listBoundary: {
      match: "css",
      values: ["table", '[role="table"]', '[role="grid"]', '[role="treegrid"]', '[role="list"]', "ul", "ol", "[data-log_module_name]", "main", '[role="main"]'],
      why: "An order container never grows into the list that holds all orders.",
      examples: [[US_TABLE, 4], [GB_TABLE_ZH, 3], [US_CARDS, 2], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 3], [UPLOAD_EN, 1], [UPLOAD_ZH, 1], [US_DRAWER, 1]]
    },
    dialog: {
      match: "css",
      values: ['[role="dialog"]', '[role="alertdialog"]', "dialog", '[aria-modal="true"]'],
      why: "Modals (upload tracking numbers); Arco modals carry role=dialog.",
      examples: [[US_TABLE, 0], [UPLOAD_EN, 2], [UPLOAD_ZH, 1], [US_DRAWER, 1]]
    },
    fileInput: {
      match: "css",
      values: ['input[type="file"]'],
      why: "File pickers (bulk tracking upload).",
      examples: [[US_TABLE, 0], [UPLOAD_EN, 3], [UPLOAD_ZH, 1]]
    },
    button: {
      match: "css",
      values: ["button", '[role="button"]', 'input[type="button"]', 'input[type="submit"]'],
      why: "Clickable controls, matched by their visible text.",
      examples: [[US_TABLE, 9], [GB_TABLE_ZH, 4], [US_CARDS, 4], [US_DETAIL, 3], [GB_DETAIL_ZH, 1], [US_LABELS, 3], [UPLOAD_EN, 6], [UPLOAD_ZH, 4], [US_DRAWER, 2]]
    },
    unitControl: {
      match: "css",
      values: ["select", '[role="combobox"]'],
      why: "Unit pickers next to weight / size inputs (native select or Arco select).",
      examples: [[US_TABLE, 2], [GB_TABLE_ZH, 0], [US_DETAIL, 2], [US_DRAWER, 1], [REPLICA_TO_SHIP_US, 0], [REPLICA_ALL_ZH_GB, 0], [REPLICA_DETAIL_US, 2], [REPLICA_DETAIL_ZH_ID, 2], [REPLICA_LABELS_US, 0]]
    },
    textInput: {
      match: "css",
      values: ["input:not([type])", 'input[type="text"]', 'input[type="number"]', 'input[type="tel"]', 'input[type="search"]', "textarea"],
      why: "Editable values: package weight and size inputs, inline tracking number inputs.",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 0], [US_CARDS, 1], [US_DETAIL, 4], [GB_DETAIL_ZH, 4], [US_DRAWER, 5], [REPLICA_TO_SHIP_US, 1], [REPLICA_ALL_ZH_GB, 1], [REPLICA_DETAIL_US, 4], [REPLICA_DETAIL_ZH_ID, 4], [REPLICA_LABELS_US, 0]]
    },
    nonLabelContext: {
      match: "css",
      values: ["option", "select", "button", '[role="button"]', '[role="tab"]', '[role="tablist"]', '[role="option"]', '[role="listbox"]', '[role="combobox"]', '[role="menu"]', '[role="menuitem"]', '[role="columnheader"]', "thead", "nav", '[role="navigation"]', '[role="tooltip"]', "title"],
      why: 'A label text here (search-type dropdown "Order ID", tab "To ship", column header) is not a label:value pair.',
      examples: [[US_TABLE, 20], [GB_TABLE_ZH, 11], [US_CARDS, 11], [US_DETAIL, 11], [GB_DETAIL_ZH, 2], [US_LABELS, 8], [UPLOAD_EN, 7], [UPLOAD_ZH, 5], [US_DRAWER, 7]]
    },
    decoration: {
      match: "css",
      values: ["svg", "img", "i", "br", "hr", "wbr", '[role="img"]'],
      why: "Icons between a label and its value (copy, info) are skipped when they carry no text.",
      examples: [[US_TABLE, 0], [US_DETAIL, 1]]
    },
    // ---- labels of fields (label:value pairs, column headers) --------------------------------------
    orderIdLabel: {
      match: "label",
      values: ["Order ID", "Order number", "Order No.", "Order No", "订单号", "订单编号", "订单ID"],
      why: "Label before the order id in the header strip, cards and the detail page (ref §4; replica brief).",
      examples: [[US_TABLE, 7], [GB_TABLE_ZH, 6], [US_CARDS, 5], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 1], [UPLOAD_EN, 0], [US_DRAWER, 1], [REPLICA_TO_SHIP_US, 30], [REPLICA_ALL_ZH_GB, 30], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 1]]
    },
    orderStatusLabel: {
      match: "label",
      values: ["Order status", "Status", "订单状态", "状态"],
      why: 'Status column header / detail label (ref §2.7 "Order Status").',
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 1], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 0], [REPLICA_TO_SHIP_US, 1], [REPLICA_ALL_ZH_GB, 1], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 0]]
    },
    carrierLabel: {
      match: "label",
      values: ["Shipping provider", "Carrier", "Shipping carrier", "Shipping method", "物流服务商", "物流承运商", "承运商"],
      why: 'Carrier column / label: "shipping provider" (ref §2.7, §4 物流承运商), "Shipping method" area (ref §2.7).',
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 2], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 1], [UPLOAD_EN, 0], [US_DRAWER, 1], [REPLICA_TO_SHIP_US, 1], [REPLICA_ALL_ZH_GB, 1], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 1]]
    },
    trackingNumberLabel: {
      match: "label",
      values: ["Tracking number", "Tracking ID", "Tracking No.", "Tracking No", "物流单号", "运单号", "追踪号"],
      why: "Tracking column / label (ref §4: tracking ID, 物流单号; replica brief).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 2], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 1], [UPLOAD_EN, 0], [US_DRAWER, 1], [REPLICA_TO_SHIP_US, 1], [REPLICA_ALL_ZH_GB, 1], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 1]]
    },
    weightLabel: {
      match: "label",
      values: ["Weight", "Package weight", "Parcel weight", "重量", "包裹重量"],
      why: 'Package form on the detail page (replica brief: "Weight" + unit).',
      examples: [[US_TABLE, 0], [US_CARDS, 1], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_DRAWER, 1], [REPLICA_TO_SHIP_US, 0], [REPLICA_ALL_ZH_GB, 0], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 0]]
    },
    dimensionsLabel: {
      match: "label",
      values: ["Dimensions", "Package dimensions", "Package size", "尺寸", "包裹尺寸"],
      why: 'A label in front of the three size inputs or a displayed "L x W x H" value.',
      examples: [[US_TABLE, 0], [US_CARDS, 1], [US_DETAIL, 1], [GB_DETAIL_ZH, 1]]
    },
    lengthLabel: {
      match: "label",
      values: ["Length", "长", "长度"],
      why: "Package form (replica brief: Length / Width / Height + unit).",
      examples: [[US_TABLE, 0], [US_DRAWER, 1]]
    },
    widthLabel: {
      match: "label",
      values: ["Width", "宽", "宽度"],
      why: "Package form.",
      examples: [[US_TABLE, 0], [US_DRAWER, 1]]
    },
    heightLabel: {
      match: "label",
      values: ["Height", "高", "高度"],
      why: "Package form.",
      examples: [[US_TABLE, 0], [US_DRAWER, 1]]
    },
    postcodeLabel: {
      match: "label",
      values: ["Zip code", "ZIP", "Postcode", "Postal code", "邮编", "邮政编码"],
      why: "Shipping address on the detail page (replica brief: Zip code / Postcode / 邮编).",
      examples: [[US_TABLE, 0], [US_DETAIL, 1], [GB_DETAIL_ZH, 1]]
    },
    countryLabel: {
      match: "label",
      values: ["Country/Region", "Country / Region", "Country", "Region", "国家/地区", "国家", "地区"],
      why: "Shipping address country on the detail page.",
      examples: [[US_TABLE, 0], [US_DETAIL, 1], [GB_DETAIL_ZH, 1]]
    },
    emptyValue: {
      match: "label",
      values: ["-", "--", "—", "N/A", "暂无"],
      why: "Placeholders shown where a value is missing; they are not values.",
      examples: [[US_TABLE, 0], [GB_TABLE_ZH, 2]]
    },
    // ---- buttons and dialogs ------------------------------------------------------------------------
    printLabelButton: {
      match: "label",
      values: ["Print label", "Print labels", "Print shipping label", "Print shipping labels", "Print", "Purchase and print", "Reprint", "Reprint label", "打印面单", "打印物流面单", "打印", "购买并打印"],
      why: 'Label printing buttons (ref §4 label flow: "Purchase and print", "Print"; replica: "Print label" / 打印面单).',
      examples: [[US_TABLE, 3], [GB_TABLE_ZH, 2], [US_CARDS, 4], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 2], [UPLOAD_EN, 1], [UPLOAD_ZH, 1], [US_DRAWER, 0], [REPLICA_TO_SHIP_US, 25], [REPLICA_ALL_ZH_GB, 20], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 148]]
    },
    uploadButton: {
      match: "label",
      values: ["Upload", "Bulk upload", "上传", "批量上传"],
      why: 'Bulk upload of tracking info (ref §4 "Upload" (上传); §5 bulk tracking upload).',
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 0], [UPLOAD_EN, 2], [UPLOAD_ZH, 2]]
    },
    trackingUploadPhrase: {
      match: "phrase",
      values: ["tracking number", "tracking id", "tracking info", "upload tracking", "物流单号", "运单号", "追踪号", "物流信息"],
      why: 'Words that make an upload dialog a tracking upload (replica: "Upload tracking numbers" / 批量上传物流单号).',
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 1], [US_DETAIL, 1], [GB_DETAIL_ZH, 1], [US_LABELS, 1], [UPLOAD_EN, 2], [UPLOAD_ZH, 2], [US_DRAWER, 1]]
    },
    // ---- status words (value of the status column / label) ------------------------------------------
    awaitingShipmentStatus: {
      match: "label",
      values: ["Awaiting shipment", "To ship", "Pending shipment", "待发货"],
      why: 'Ref §4; "Pending Shipment" is how sellers name it (seed S27).',
      examples: [[US_TABLE, 4], [GB_TABLE_ZH, 2], [US_CARDS, 2], [US_DETAIL, 1], [GB_DETAIL_ZH, 0], [REPLICA_TO_SHIP_US, 26], [REPLICA_ALL_ZH_GB, 21], [REPLICA_DETAIL_US, 1], [REPLICA_DETAIL_ZH_ID, 1], [REPLICA_LABELS_US, 0]]
    },
    awaitingCollectionStatus: {
      match: "label",
      values: ["Awaiting collection", "待揽收"],
      why: "Ref §4 (label created, waiting for the carrier).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 1], [US_DETAIL, 0], [GB_DETAIL_ZH, 1], [REPLICA_TO_SHIP_US, 5], [REPLICA_ALL_ZH_GB, 6], [REPLICA_DETAIL_US, 0], [REPLICA_DETAIL_ZH_ID, 0], [REPLICA_LABELS_US, 0]]
    },
    shippedStatus: {
      match: "label",
      values: ["Shipped", "已发货"],
      why: "Status after the carrier's first scan (ref §4).",
      examples: [[US_TABLE, 2], [GB_TABLE_ZH, 1], [US_CARDS, 0]]
    },
    inTransitStatus: {
      match: "label",
      values: ["In transit", "运输中"],
      why: "Status while the carrier moves the parcel (ref §4).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 1], [US_DETAIL, 0]]
    },
    deliveredStatus: {
      match: "label",
      values: ["Delivered", "已送达"],
      why: "Status once the carrier reports delivery (ref §4).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 1], [US_CARDS, 0]]
    },
    completedStatus: {
      match: "label",
      values: ["Completed", "已完成"],
      why: "Status after delivery and the return window (ref §4).",
      examples: [[US_TABLE, 1], [GB_TABLE_ZH, 2], [US_CARDS, 0]]
    },
    cancelledStatus: {
      match: "label",
      values: ["Cancelled", "Canceled", "已取消"],
      why: "Cancelled order, both spellings (ref §4).",
      examples: [[US_TABLE, 0], [GB_TABLE_ZH, 1]]
    },
    unpaidStatus: {
      match: "label",
      values: ["Unpaid", "未支付"],
      why: "Order not paid yet: nothing to ship (ref §4).",
      examples: [[US_TABLE, 0], [US_CARDS, 1]]
    },
    onHoldStatus: {
      match: "label",
      values: ["On hold", "处理中"],
      why: "Ref §4 (处理中 from an older Chinese guide).",
      examples: [[US_TABLE, 0], [US_CARDS, 1]]
    }
  };
  const defaultSellerCenterSelectors = SELECTOR_TABLE;
  const STATUS_ENTRY_KEYS = {
    "awaiting-collection": "awaitingCollectionStatus",
    "awaiting-shipment": "awaitingShipmentStatus",
    "in-transit": "inTransitStatus",
    shipped: "shippedStatus",
    delivered: "deliveredStatus",
    completed: "completedStatus",
    cancelled: "cancelledStatus",
    unpaid: "unpaidStatus",
    "on-hold": "onHoldStatus"
  };
  const labelRegexCache = /* @__PURE__ */ new Map();
  const labelRegexByList = /* @__PURE__ */ new WeakMap();
  const labelStartCache = /* @__PURE__ */ new Map();
  const phraseRegexCache = /* @__PURE__ */ new Map();
  const normalizedLabelsByList = /* @__PURE__ */ new WeakMap();
  function labelBody(values) {
    return [...values].map((v) => v.trim()).filter(Boolean).sort((a, b) => b.length - a.length).map((v) => escapeRegExp(v).replace(/\s+/g, "\\s+")).join("|");
  }
  function labelRegexOf(values) {
    const known = labelRegexByList.get(values);
    if (known) return known;
    const key = values.join("\0");
    let re = labelRegexCache.get(key);
    if (!re) {
      const body = labelBody(values) || "(?!)";
      re = new RegExp(`^\\s*(?:\\*\\s*)?(${body})(?:\\s*[(（]([^()（）]{1,24})[)）])?\\s*\\*?(?:\\s*[:：]|\\s*$|\\s+(?=[0-9０-９]))`, "i");
      labelRegexCache.set(key, re);
    }
    labelRegexByList.set(values, re);
    return re;
  }
  function labelStartRegexOf(lists) {
    const key = lists.map((values) => values.join("\0")).join("");
    let re = labelStartCache.get(key);
    if (!re) {
      const body = labelBody(lists.flat()) || "(?!)";
      re = new RegExp(`^\\s*(?:\\*\\s*)?(?:${body})`, "i");
      labelStartCache.set(key, re);
    }
    return re;
  }
  function phraseRegexOf(values) {
    const key = values.join("\0");
    let re = phraseRegexCache.get(key);
    if (!re) {
      re = new RegExp(labelBody(values) || "(?!)", "i");
      phraseRegexCache.set(key, re);
    }
    return re;
  }
  function containsPhrase(text, values) {
    return phraseRegexOf(values).test(text);
  }
  function wholeLabelMatchLength(text, values) {
    return wholeLabelMatchLengthOf(normalizeWholeLabelText(text), values);
  }
  function normalizeWholeLabelText(text) {
    return collapseSpaces(text).replace(/[:：*]+$/, "").trim().toLowerCase();
  }
  function wholeLabelMatchLengthOf(normalizedText, values) {
    const t = normalizedText;
    if (!t) return 0;
    let best = 0;
    for (const v of normalizedLabelsOf(values)) {
      if (!v || v.length <= best) continue;
      if (t === v) best = v.length;
      else if (t.startsWith(v) && !/^[\p{L}\p{N}]/u.test(t.slice(v.length))) best = v.length;
    }
    return best;
  }
  function normalizedLabelsOf(values) {
    let normalized = normalizedLabelsByList.get(values);
    if (!normalized) {
      normalized = values.map((value) => collapseSpaces(value).toLowerCase());
      normalizedLabelsByList.set(values, normalized);
    }
    return normalized;
  }
  const FIELD_LABEL_KEYS = [
    "orderIdLabel",
    "orderStatusLabel",
    "carrierLabel",
    "trackingNumberLabel",
    "weightLabel",
    "dimensionsLabel",
    "lengthLabel",
    "widthLabel",
    "heightLabel",
    "postcodeLabel",
    "countryLabel"
  ];
  const CONTROL_TAGS = /* @__PURE__ */ new Set(["INPUT", "SELECT", "TEXTAREA"]);
  const NON_VALUE_INPUT_TYPES = /* @__PURE__ */ new Set(["hidden", "checkbox", "radio", "button", "submit", "reset", "image", "file"]);
  const CLIMB_STOP_TAGS = /* @__PURE__ */ new Set(["TR", "TBODY", "THEAD", "TABLE", "DL", "FORM", "SECTION", "MAIN", "BODY", "HTML", "UL", "OL", "DIALOG"]);
  const CLIMB_STOP_ROLES = /* @__PURE__ */ new Set(["row", "rowgroup", "table", "grid", "dialog", "list", "main", "region"]);
  const MAX_CLIMB = 3;
  const VISIBLE_CHARACTER = /[^ \t\n\r\f]/;
  function findLabelHits(root, selectors, keys = FIELD_LABEL_KEYS) {
    const compiled = keys.map((key) => ({ key, re: labelRegexOf(selectors[key].values) }));
    const start = labelStartRegexOf(keys.map((key) => selectors[key].values));
    const hits = [];
    const inNonLabelContext = memoizedNonLabelContext(selectors);
    forEachTextNode(root, (node2) => {
      const data = node2.data;
      if (!start.test(data)) return;
      for (const { key, re } of compiled) {
        const m = re.exec(data);
        if (!m) continue;
        const element = node2.parentElement;
        if (!element || inNonLabelContext(element)) return;
        const rest = data.slice(m[0].length).replace(/^[ \t\n\r\f]+/, "");
        hits.push({ key, node: node2, element, rest, ...m[2] ? { unitHint: m[2].trim() } : {} });
        return;
      }
    });
    return hits;
  }
  function memoizedNonLabelContext(selectors) {
    const known = /* @__PURE__ */ new Map();
    const test = (el2) => {
      let answer = known.get(el2);
      if (answer === void 0) {
        const parent = el2.parentElement;
        answer = matchesAny(el2, selectors.nonLabelContext.values) || (parent ? test(parent) : false);
        known.set(el2, answer);
      }
      return answer;
    };
    return test;
  }
  function resolveLabelValue(hit, selectors, allLabelKeys = FIELD_LABEL_KEYS, boundary) {
    if (/\S/.test(hit.rest)) return { text: hit.rest, element: hit.element };
    const forControl = controlOfLabelElement(hit.element);
    if (forControl) return { text: controlValue(forControl), element: forControl, control: forControl };
    let node2 = hit.node;
    for (let depth = 0; depth <= MAX_CLIMB; depth++) {
      const sibling = nextMeaningfulSibling(node2, selectors);
      if (sibling) return valueFromNode(sibling, selectors, allLabelKeys);
      const parent = node2.parentElement;
      if (!parent || parent === boundary || isClimbStop(parent)) return void 0;
      if (depth === MAX_CLIMB) return void 0;
      node2 = parent;
    }
    return void 0;
  }
  function isClimbStop(el2) {
    if (CLIMB_STOP_TAGS.has(el2.tagName)) return true;
    const role = el2.getAttribute("role");
    return role !== null && CLIMB_STOP_ROLES.has(role);
  }
  function controlOfLabelElement(element) {
    const label = element.closest("label");
    if (!label) return void 0;
    const id = label.getAttribute("for");
    if (id) {
      const doc = label.ownerDocument;
      const target = doc?.getElementById(id) ?? findById(label, id);
      if (target && isValueControl(target)) return target;
    }
    const inner = Array.from(label.querySelectorAll("input, select, textarea")).filter(isValueControl);
    return inner.length === 1 ? inner[0] : void 0;
  }
  function findById(from, id) {
    let top = from;
    while (top.parentElement) top = top.parentElement;
    try {
      return top.querySelector(`[id="${id.replace(/["\\]/g, "\\$&")}"]`);
    } catch {
      return null;
    }
  }
  function isValueControl(el2) {
    if (!CONTROL_TAGS.has(el2.tagName)) return false;
    if (el2.tagName !== "INPUT") return true;
    return !NON_VALUE_INPUT_TYPES.has((el2.getAttribute("type") ?? "text").toLowerCase());
  }
  function controlValue(control) {
    if (control.tagName === "SELECT") {
      const select = control;
      const option = select.options[select.selectedIndex];
      return option ? option.text : select.value;
    }
    return control.value ?? "";
  }
  function nextMeaningfulSibling(node2, selectors) {
    for (let sib = node2.nextSibling; sib; sib = sib.nextSibling) {
      if (isText(sib)) {
        if (/^[\s:：]*$/.test(sib.data)) continue;
        return sib;
      }
      if (!isElement(sib) || isOwnMarked(sib)) continue;
      if (isDecoration(sib, selectors) || isSeparator(sib)) continue;
      return sib;
    }
    return void 0;
  }
  function isSeparator(el2) {
    const text = valueTextOf(el2);
    return /[:：]/.test(text) && /^[\s:：]*$/.test(text) && !el2.querySelector("input, select, textarea");
  }
  function isDecoration(el2, selectors) {
    if (matchesAny(el2, selectors.decoration.values)) return !/\S/.test(el2.textContent ?? "");
    if (/\S/.test(valueTextOf(el2)) || el2.querySelector("input, select, textarea")) return false;
    return el2.querySelector(selectors.decoration.values.join(",")) !== null;
  }
  function valueFromNode(node2, selectors, allLabelKeys) {
    if (isText(node2)) {
      const element2 = node2.parentElement;
      if (!element2) return void 0;
      return { text: node2.data.replace(/^[ \t\n\r\f]+/, ""), element: element2 };
    }
    if (!isElement(node2)) return void 0;
    if (node2.tagName === "BUTTON" || node2.getAttribute("role") === "button") return void 0;
    if (startsWithAnyLabel(node2, selectors, allLabelKeys)) return void 0;
    if (isValueControl(node2)) return { text: controlValue(node2), element: node2, control: node2 };
    const controls = Array.from(node2.querySelectorAll("input, select, textarea")).filter((c) => isValueControl(c) && !isOwnNode$1(c));
    if (controls.length === 1) {
      const control = controls[0];
      return { text: controlValue(control), element: control, control };
    }
    const element = descendToValueElement(node2);
    return { text: valueTextOf(element), element };
  }
  function startsWithAnyLabel(el2, selectors, keys) {
    const first = firstTextPiece(el2);
    if (!first) return false;
    return keys.some((key) => {
      const entry = selectors[key];
      return entry.match === "label" && labelRegexOf(entry.values).test(first);
    });
  }
  function firstTextPiece(el2) {
    let found;
    forEachTextNode(el2, (t) => {
      if (found === void 0 && /\S/.test(t.data)) found = t.data;
    });
    return found;
  }
  function descendToValueElement(start) {
    let current = start;
    for (; ; ) {
      let only;
      for (let child = current.firstChild; child; child = child.nextSibling) {
        if (isText(child)) {
          if (VISIBLE_CHARACTER.test(child.data)) return current;
          continue;
        }
        if (!isElement(child) || isOwnMarked(child) || child.tagName === "BUTTON" || child.tagName.toLowerCase() === "svg") continue;
        if (!hasValueText(child, VISIBLE_CHARACTER) && !CONTROL_TAGS.has(child.tagName) && child.querySelector("input, select, textarea") === null) continue;
        if (only) return current;
        only = child;
      }
      if (!only) return current;
      current = only;
    }
  }
  function displayTextOf(value) {
    return collapseSpaces(value.text);
  }
  const GRAMS_PER = { g: 1, kg: 1e3, lb: 453.59237, oz: 453.59237 / 16 };
  const MM_PER = { mm: 1, cm: 10, in: 25.4 };
  const WEIGHT_UNIT_WORDS = {
    kg: ["kg", "kgs", "kilogram", "kilograms", "千克", "公斤"],
    g: ["g", "gram", "grams", "克"],
    lb: ["lb", "lbs", "pound", "pounds", "磅"],
    oz: ["oz", "ounce", "ounces", "盎司"]
  };
  const LENGTH_UNIT_WORDS = {
    mm: ["mm", "millimeter", "millimeters", "millimetre", "millimetres", "毫米"],
    cm: ["cm", "centimeter", "centimeters", "centimetre", "centimetres", "厘米", "公分"],
    in: ["in", "inch", "inches", '"', "″", "英寸"]
  };
  function wordIndex(table) {
    return Object.entries(table).flatMap(([unit, words]) => words.map((w) => [w.toLowerCase(), unit])).sort((a, b) => b[0].length - a[0].length);
  }
  const WEIGHT_WORDS = wordIndex(WEIGHT_UNIT_WORDS);
  const LENGTH_WORDS = wordIndex(LENGTH_UNIT_WORDS);
  function alternation(words) {
    return words.map(([w]) => w.replace(/[.*+?^${}()|[\]\\"]/g, "\\$&")).join("|");
  }
  const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
  const WEIGHT_PAIR = new RegExp(String.raw`(${NUMBER})\s*(${alternation(WEIGHT_WORDS)})(?![a-z])`, "gi");
  const LENGTH_UNIT = `(?:${alternation(LENGTH_WORDS)})(?![a-z])`;
  const TIMES = String.raw`\s*[x×*✕╳]\s*`;
  const DIM_PART = String.raw`(?:[lwh长宽高]\s*[:：]?\s*)?(${NUMBER})\s*(${LENGTH_UNIT})?`;
  const DIMENSIONS = new RegExp(`${DIM_PART}${TIMES}${DIM_PART}${TIMES}${DIM_PART}`, "i");
  const SINGLE_LENGTH = new RegExp(String.raw`(${NUMBER})\s*(${LENGTH_UNIT})`, "i");
  function foldText(text) {
    return text.normalize("NFKC");
  }
  function parseShownNumber(text) {
    const s = foldText(String(text)).trim();
    if (!/^\d+(?:[.,]\d+)*$/.test(s)) return void 0;
    let normalized;
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      const decimal = lastDot > lastComma ? "." : ",";
      const thousands = decimal === "." ? "," : ".";
      normalized = s.split(thousands).join("").replace(decimal, ".");
    } else if (lastComma >= 0) {
      const groups = s.split(",");
      const thousands = groups.length > 2 || groups[1].length === 3 && groups[0] !== "0";
      normalized = thousands ? groups.join("") : s.replace(",", ".");
    } else {
      normalized = s;
    }
    if ((normalized.match(/\./g) ?? []).length > 1) return void 0;
    const value = Number(normalized);
    return Number.isFinite(value) ? value : void 0;
  }
  function weightUnitOf(word) {
    const w = foldText(word).trim().toLowerCase();
    return WEIGHT_WORDS.find(([name]) => name === w)?.[1];
  }
  function lengthUnitOf(word) {
    const w = foldText(word).trim().toLowerCase();
    return LENGTH_WORDS.find(([name]) => name === w)?.[1];
  }
  function toGrams(value, unit) {
    return Math.round(value * GRAMS_PER[unit]);
  }
  function toMillimetres(value, unit) {
    return Math.round(value * MM_PER[unit]);
  }
  function parseWeightGrams(text) {
    if (typeof text !== "string") return void 0;
    const s = foldText(text);
    let total = 0;
    let found = false;
    for (const m of s.matchAll(WEIGHT_PAIR)) {
      const value = parseShownNumber(m[1]);
      const unit = weightUnitOf(m[2]);
      if (value === void 0 || !unit) continue;
      total += value * GRAMS_PER[unit];
      found = true;
    }
    return found ? Math.round(total) : void 0;
  }
  function parseDimensionsMm(text) {
    if (typeof text !== "string") return void 0;
    const m = DIMENSIONS.exec(foldText(text));
    if (!m) return void 0;
    const numbers = [m[1], m[3], m[5]].map((n2) => parseShownNumber(n2 ?? ""));
    const lastUnit = m[6] ? lengthUnitOf(m[6]) : void 0;
    const units = [m[2], m[4], m[6]].map((u) => u ? lengthUnitOf(u) : lastUnit);
    if (numbers.some((n2) => n2 === void 0) || units.some((u) => !u)) return void 0;
    const [length, width, height] = numbers.map((n2, i2) => toMillimetres(n2, units[i2]));
    return { length, width, height };
  }
  function parseLengthMm(text) {
    if (typeof text !== "string") return void 0;
    const m = SINGLE_LENGTH.exec(foldText(text));
    if (!m) return void 0;
    const value = parseShownNumber(m[1]);
    const unit = lengthUnitOf(m[2]);
    return value === void 0 || !unit ? void 0 : toMillimetres(value, unit);
  }
  const COUNTRY_NAMES = {
    US: ["United States", "United States of America", "USA", "美国"],
    GB: ["United Kingdom", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "英国"],
    ID: ["Indonesia", "印度尼西亚", "印尼"],
    TH: ["Thailand", "泰国"],
    VN: ["Vietnam", "Viet Nam", "越南"],
    MY: ["Malaysia", "马来西亚"],
    PH: ["Philippines", "菲律宾"],
    SG: ["Singapore", "新加坡"]
  };
  const BY_NAME = new Map(
    Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => names.map((n2) => [n2.toLowerCase(), code]))
  );
  function countryCodeOf(text) {
    const t = text.trim();
    if (!t) return void 0;
    return resolveMarket(t) ?? BY_NAME.get(t.toLowerCase());
  }
  const FIELD_KEYS = {
    weight: "weightLabel",
    length: "lengthLabel",
    width: "widthLabel",
    height: "heightLabel"
  };
  const SIZE_FIELDS = ["length", "width", "height"];
  const UNIT_SEARCH_LEVELS = 3;
  function findParcelFormFields(root, selectors = defaultSellerCenterSelectors) {
    const found = {};
    const inputs = queryAll(root, selectors.textInput.values).filter((el2) => el2.tagName === "INPUT");
    if (!inputs.length) return {};
    for (const input of inputs) {
      const named = fieldFromOwnName(input, selectors);
      if (named && !found[named.field]) found[named.field] = { input, ...named.hint ? { hint: named.hint } : {} };
    }
    addFieldsFromVisibleLabels(root, selectors, found);
    const out = {};
    if (found.weight) {
      const { input, hint } = found.weight;
      out.weight = { input, unit: unitNear(input, weightUnitOf) ?? (hint ? weightUnitOf(hint) : void 0) ?? "kg" };
    }
    for (const field of SIZE_FIELDS) {
      const f = found[field];
      if (!f) continue;
      const sized = { input: f.input, unit: unitNear(f.input, lengthUnitOf) ?? (f.hint ? lengthUnitOf(f.hint) : void 0) ?? "cm" };
      if (field === "length") out.length = sized;
      else if (field === "width") out.width = sized;
      else out.height = sized;
    }
    return out;
  }
  function fieldFromOwnName(input, selectors) {
    for (const name of ownNamesOf(input)) {
      for (const field of ["weight", ...SIZE_FIELDS]) {
        const values = selectors[FIELD_KEYS[field]].values;
        const m = labelRegexOf(values).exec(name);
        if (m) return { field, ...m[2] ? { hint: m[2] } : {} };
        if (containsLabelWord(name, values)) return { field, ...unitInBrackets(name) ? { hint: unitInBrackets(name) } : {} };
      }
    }
    return void 0;
  }
  function ownNamesOf(input) {
    const names = [];
    const aria = input.getAttribute("aria-label");
    if (aria) names.push(aria);
    const labelledBy = input.getAttribute("aria-labelledby");
    if (labelledBy) {
      for (const id2 of labelledBy.split(/\s+/)) {
        const el2 = id2 ? input.ownerDocument?.getElementById(id2) : null;
        if (el2) names.push(textOf(el2));
      }
    }
    const id = input.getAttribute("id");
    if (id && input.ownerDocument) {
      for (const label of Array.from(input.ownerDocument.querySelectorAll("label"))) {
        if (label.getAttribute("for") === id) names.push(textOf(label));
      }
    }
    const wrapping = input.closest("label");
    if (wrapping) names.push(textOf(wrapping));
    const placeholder = input.getAttribute("placeholder");
    if (placeholder) names.push(placeholder);
    return names.map(collapseSpaces).filter(Boolean);
  }
  function containsLabelWord(name, values) {
    const lower = name.toLowerCase();
    return values.some((value) => {
      const v = value.toLowerCase();
      if (hasHan(v)) return v.length >= 2 && lower.includes(v);
      return new RegExp(`(^|[^\\p{L}])${escapeRegExp(v).replace(/\s+/g, "\\s+")}($|[^\\p{L}])`, "u").test(lower);
    });
  }
  function unitInBrackets(text) {
    return /[(（]([^()（）]{1,24})[)）]/.exec(text)?.[1]?.trim();
  }
  function addFieldsFromVisibleLabels(root, selectors, found) {
    const hits = findLabelHits(root, selectors, ["weightLabel", "dimensionsLabel", "lengthLabel", "widthLabel", "heightLabel"]);
    for (const hit of hits) {
      const value = resolveLabelValue(hit, selectors);
      if (!value) continue;
      const inputs = value.control ? [value.control].filter((c) => c.tagName === "INPUT") : queryAll(value.element, selectors.textInput.values).filter((el2) => el2.tagName === "INPUT" && !isOwnNode$1(el2));
      const hint = hit.unitHint;
      if (hit.key === "dimensionsLabel") {
        if (inputs.length !== 3) continue;
        SIZE_FIELDS.forEach((field2, i2) => {
          if (!found[field2] && !Object.values(found).some((f) => f?.input === inputs[i2])) found[field2] = { input: inputs[i2], ...hint ? { hint } : {} };
        });
        continue;
      }
      const field = Object.keys(FIELD_KEYS).find((f) => FIELD_KEYS[f] === hit.key);
      const input = inputs[0];
      if (!field || !input || inputs.length !== 1 || found[field]) continue;
      if (Object.values(found).some((f) => f?.input === input)) continue;
      found[field] = { input, ...hint ? { hint } : {} };
    }
  }
  function unitNear(input, unitOf) {
    let scope = input.parentElement;
    for (let level = 0; scope && level < UNIT_SEARCH_LEVELS; level++, scope = scope.parentElement) {
      const unit = unitInScope(scope, unitOf);
      if (unit) return unit;
      if (scope.tagName === "FORM" || scope.tagName === "BODY") break;
    }
    return void 0;
  }
  function unitInScope(scope, unitOf) {
    for (const select of Array.from(scope.querySelectorAll("select"))) {
      if (isOwnNode$1(select)) continue;
      const s = select;
      const option = s.options[s.selectedIndex];
      const unit = unitOf(s.value) ?? (option ? unitOf(option.text) : void 0);
      if (unit) return unit;
    }
    for (const box of Array.from(scope.querySelectorAll('[role="combobox"]'))) {
      if (isOwnNode$1(box)) continue;
      const unit = unitOf(collapseSpaces(textOf(box)));
      if (unit) return unit;
    }
    for (const el2 of Array.from(scope.querySelectorAll("*"))) {
      if (el2.children.length || isOwnNode$1(el2) || el2.closest("select, option")) continue;
      const unit = unitOf(collapseSpaces(textOf(el2)));
      if (unit) return unit;
    }
    return void 0;
  }
  const COLUMN_LABEL_KEYS = [
    ["orderId", "orderIdLabel"],
    ["status", "orderStatusLabel"],
    ["carrier", "carrierLabel"],
    ["waybill", "trackingNumberLabel"],
    ["weight", "weightLabel"],
    ["dimensions", "dimensionsLabel"],
    ["postcode", "postcodeLabel"],
    ["country", "countryLabel"]
  ];
  const MAX_BODY_SEARCH_CLIMB = 4;
  function fieldOfHeader$1(text, selectors) {
    let best;
    let bestLength = 0;
    for (const [field, key] of COLUMN_LABEL_KEYS) {
      const length = wholeLabelMatchLength(text, selectors[key].values);
      if (length > bestLength) {
        best = field;
        bestLength = length;
      }
    }
    return best;
  }
  function mapTables(root, selectors) {
    const scan = createScan(selectors);
    const headerRows = /* @__PURE__ */ new Map();
    for (const header of queryAll(root, selectors.headerCell.values)) {
      const row = rowOf(header, selectors) ?? header.parentElement;
      if (!row) continue;
      const owner = ownerOf(row, scan) ?? row.parentElement?.parentElement ?? row.parentElement;
      if (!owner) continue;
      const rows = headerRows.get(owner) ?? [];
      if (!rows.includes(row)) rows.push(row);
      headerRows.set(owner, rows);
    }
    const tables = [];
    const layouts = /* @__PURE__ */ new Map();
    for (const [owner, rows] of headerRows) {
      const info = readHeaders(rows, scan);
      if (!info.byColumn.size) continue;
      const bodyRows = findBodyRows(owner, rows, scan);
      const cells = bodyRows.flatMap((row) => mapRow(row, info, scan, layouts));
      tables.push({ root: owner, fields: [...new Set(info.byColumn.values())], cells });
    }
    return tables;
  }
  function rowOf(el2, selectors) {
    for (let cur = el2.parentElement; cur; cur = cur.parentElement) {
      if (matchesAny(cur, selectors.row.values)) return cur;
      if (matchesAny(cur, selectors.tableRoot.values)) return null;
    }
    return null;
  }
  function createScan(selectors) {
    return { selectors, cells: /* @__PURE__ */ new Map(), owners: /* @__PURE__ */ new Map(), headerCells: /* @__PURE__ */ new Map() };
  }
  function ownerOf(el2, scan) {
    let owner = scan.owners.get(el2);
    if (owner === void 0) {
      owner = null;
      for (let cur = el2.parentElement; cur; cur = cur.parentElement) {
        if (matchesAny(cur, scan.selectors.tableRoot.values)) {
          owner = cur;
          break;
        }
      }
      scan.owners.set(el2, owner);
    }
    return owner;
  }
  function isHeaderCell(el2, scan) {
    let header = scan.headerCells.get(el2);
    if (header === void 0) {
      header = matchesAny(el2, scan.selectors.headerCell.values) && (el2.tagName !== "TH" || isHeaderRowTh(el2));
      scan.headerCells.set(el2, header);
    }
    return header;
  }
  function isHeaderRowTh(th) {
    const row = th.parentElement;
    if (!row || row.tagName !== "TR") return true;
    if (row.parentElement?.tagName === "THEAD") return true;
    return Array.from(row.children).every((c) => c.tagName !== "TD");
  }
  function cellsOf(row, scan) {
    let cells = scan.cells.get(row);
    if (!cells) {
      cells = findCells(row, scan.selectors);
      scan.cells.set(row, cells);
    }
    return cells;
  }
  function findCells(row, selectors) {
    if (row.tagName === "TR") {
      const cells = [];
      for (let c = row.firstElementChild; c; c = c.nextElementSibling) if ((c.tagName === "TD" || c.tagName === "TH") && !isOwnMarked(c)) cells.push(c);
      return cells;
    }
    const cellSelectors = [...selectors.bodyCell.values, ...selectors.headerCell.values];
    return queryAll(row, cellSelectors).filter((c) => rowOf(c, selectors) === row && !nestedCell(c, row, cellSelectors));
  }
  function nestedCell(cell, row, cellSelectors) {
    for (let cur = cell.parentElement; cur && cur !== row; cur = cur.parentElement) {
      if (matchesAny(cur, cellSelectors)) return true;
    }
    return false;
  }
  function spanOf(cell, attr) {
    const raw = cell.getAttribute(attr) ?? cell.getAttribute(attr === "colspan" ? "aria-colspan" : "aria-rowspan");
    const n2 = raw ? Number.parseInt(raw, 10) : 1;
    return Number.isFinite(n2) && n2 >= 1 ? Math.min(n2, 1e3) : 1;
  }
  function placeRows(rows, scan) {
    const occupied = rows.map(() => /* @__PURE__ */ new Set());
    const out = /* @__PURE__ */ new Map();
    rows.forEach((row, r) => {
      const inherited = occupied[r].size;
      const placed = [];
      let col = 0;
      for (const cell of cellsOf(row, scan)) {
        const explicit = Number.parseInt(cell.getAttribute("aria-colindex") ?? "", 10);
        if (Number.isFinite(explicit) && explicit >= 1) col = explicit - 1;
        while (occupied[r].has(col)) col++;
        const span = spanOf(cell, "colspan");
        const rowspan = Math.min(spanOf(cell, "rowspan"), rows.length - r);
        for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < span; dc++) occupied[r + dr].add(col + dc);
        placed.push({ cell, col, span });
        col += span;
      }
      const width = occupied[r].size ? Math.max(...occupied[r]) + 1 : 0;
      out.set(row, { placed, width, inherited });
    });
    return out;
  }
  function placeBySection(rows, scan) {
    const sections = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const key = row.parentElement;
      const list = sections.get(key) ?? [];
      list.push(row);
      sections.set(key, list);
    }
    const out = /* @__PURE__ */ new Map();
    for (const list of sections.values()) for (const [row, p] of placeRows(list, scan)) out.set(row, p);
    return out;
  }
  function readHeaders(rows, scan) {
    const { selectors } = scan;
    const placedRows = placeBySection(rows, scan);
    const byColumn = /* @__PURE__ */ new Map();
    let width = 0;
    let textHeaders = [];
    for (const row of rows) {
      const placed = placedRows.get(row);
      if (!placed) continue;
      const headers = placed.placed.filter((p) => isHeaderCell(p.cell, scan));
      if (!headers.length) continue;
      width = Math.max(width, placed.width);
      const texts = [];
      for (const { cell, col, span } of headers) {
        const text = textOf(cell);
        const field = fieldOfHeader$1(text, selectors);
        if (/\S/.test(text)) texts.push(field);
        if (!field) continue;
        for (let c = col; c < col + span; c++) byColumn.set(c, field);
      }
      textHeaders = texts;
    }
    return { width, byColumn, textHeaders };
  }
  function findBodyRows(owner, headerRows, scan) {
    const { selectors } = scan;
    const own2 = rowsOwnedBy(owner, scan).filter((r) => !headerRows.includes(r) && !rowHasHeaders(r, scan));
    if (own2.length) return own2;
    let scope = owner;
    for (let i2 = 0; i2 < MAX_BODY_SEARCH_CLIMB && scope; i2++) {
      scope = scope.parentElement;
      if (!scope) break;
      const candidates2 = queryAll(scope, selectors.row.values).filter((r) => !owner.contains(r) && !headerRows.includes(r) && follows(owner, r));
      const ownerHasHeaders = /* @__PURE__ */ new Map();
      const headerless = candidates2.filter((r) => {
        const rowOwner = ownerOf(r, scan);
        if (rowHasHeaders(r, scan)) return false;
        if (!rowOwner) return true;
        if (!ownerHasHeaders.has(rowOwner)) ownerHasHeaders.set(rowOwner, rowsOwnedBy(rowOwner, scan).some((x2) => rowHasHeaders(x2, scan)));
        return !ownerHasHeaders.get(rowOwner);
      });
      if (headerless.length) return headerless;
    }
    return [];
  }
  function follows(a, b) {
    return (a.compareDocumentPosition(b) & 4) !== 0;
  }
  function rowsOwnedBy(owner, scan) {
    return queryAll(owner, scan.selectors.row.values).filter((r) => {
      const rowOwner = ownerOf(r, scan);
      return rowOwner === owner || !rowOwner && owner.contains(r);
    });
  }
  function rowHasHeaders(row, scan) {
    return cellsOf(row, scan).some((c) => isHeaderCell(c, scan));
  }
  function mapRow(row, info, scan, layouts) {
    const placed = placeRowInTable(row, scan, layouts);
    if (!placed) return [];
    const out = [];
    if (placed.width === info.width || placed.inherited > 0) {
      for (const { cell, col, span } of placed.placed) {
        const fields = /* @__PURE__ */ new Set();
        for (let c = col; c < col + span; c++) {
          const f = info.byColumn.get(c);
          if (f) fields.add(f);
        }
        if (fields.size === 1 && span < info.width) out.push({ cell, row, field: [...fields][0] });
      }
      return out;
    }
    if (placed.placed.length === info.textHeaders.length && placed.placed.every((p) => p.span === 1)) {
      placed.placed.forEach(({ cell }, i2) => {
        const field = info.textHeaders[i2];
        if (field) out.push({ cell, row, field });
      });
    }
    return out;
  }
  function placeRowInTable(row, scan, layouts) {
    const section = row.parentElement;
    if (!section) return void 0;
    let placed = layouts.get(section);
    if (!placed) {
      const siblings = Array.from(section.children).filter((c) => isElement(c) && matchesAny(c, scan.selectors.row.values) && !isOwnMarked(c));
      placed = placeRows(siblings, scan);
      layouts.set(section, placed);
    }
    return placed.get(row);
  }
  const STATUS_KINDS = Object.keys(STATUS_ENTRY_KEYS);
  const ANCHOR_RANK = { "id-link": 0, label: 1, column: 2, "detail-link": 3, attribute: 4, shape: 5 };
  const ORDER_ID_SHAPE = new RegExp("(?<![0-9])[0-9]{18,19}(?![0-9])");
  const TRUSTED_ID = /^[0-9]{6,30}$/;
  const ORDER_ID_ATTRIBUTE = /order[_-]?id/i;
  function extractOrders(root, page, selectors = defaultSellerCenterSelectors) {
    try {
      return extractOrdersFrom(root, page, selectors);
    } catch {
      return [];
    }
  }
  function extractOrdersFrom(root, page, selectors) {
    const ctx = createContext(root, selectors);
    const anchors = findAnchors(ctx);
    const distinctIds = new Set(anchors.map((a) => a.id));
    if (page.kind === "order-detail" && distinctIds.size <= 1) return extractDetailOrder(ctx, anchors, page);
    return extractListOrders(ctx, anchors);
  }
  function createContext(root, selectors) {
    const columnCells = mapTables(root, selectors).flatMap((t) => t.cells);
    return { root, rootElement: rootElementOf(root), selectors, columnCells, labelHits: findLabelHits(root, selectors), values: /* @__PURE__ */ new Map(), forms: /* @__PURE__ */ new Map() };
  }
  function valueOf(ctx, hit) {
    if (!ctx.values.has(hit)) ctx.values.set(hit, resolveLabelValue(hit, ctx.selectors));
    return ctx.values.get(hit);
  }
  function findAnchors(ctx) {
    const anchors = [];
    const { idLinks, idAttributes, detailLinks } = hookedElements(ctx);
    for (const el2 of idLinks) {
      const id = idFromAttributes(el2) ?? idFromText(collapseSpaces(textOf(el2)));
      if (id) anchors.push({ id, element: el2, source: "id-link" });
    }
    for (const el2 of idAttributes) {
      const id = idFromAttributes(el2);
      if (id) anchors.push({ id, element: el2, source: "attribute" });
    }
    for (const el2 of detailLinks) {
      const id = idFromDetailHref(el2.getAttribute("href"));
      if (id) anchors.push({ id, element: el2, source: "detail-link" });
    }
    for (const hit of ctx.labelHits) {
      if (hit.key !== "orderIdLabel") continue;
      const value = valueOf(ctx, hit);
      if (!value || value.control) continue;
      const id = idFromText(collapseSpaces(value.text));
      if (id) anchors.push({ id, element: elementShowing(value.element, id), source: "label" });
    }
    for (const { cell, field } of ctx.columnCells) {
      if (field !== "orderId") continue;
      const id = idFromText(collapseSpaces(valueTextOf(cell)));
      if (id) anchors.push({ id, element: elementShowing(cell, id), source: "column" });
    }
    if (!anchors.length) anchors.push(...findShapedIds(ctx));
    return anchors;
  }
  function hookedElements(ctx) {
    if (ctx.hooked) return ctx.hooked;
    const { orderIdLink, orderIdAttribute, orderDetailLink } = ctx.selectors;
    const hooked = { idLinks: [], idAttributes: [], detailLinks: [] };
    for (const el2 of queryAll(ctx.root, [...orderIdLink.values, ...orderIdAttribute.values, ...orderDetailLink.values])) {
      if (matchesAny(el2, orderIdLink.values)) hooked.idLinks.push(el2);
      if (matchesAny(el2, orderIdAttribute.values)) hooked.idAttributes.push(el2);
      if (matchesAny(el2, orderDetailLink.values)) hooked.detailLinks.push(el2);
    }
    ctx.hooked = hooked;
    return hooked;
  }
  function idFromAttributes(el2) {
    for (const name of el2.getAttributeNames()) {
      if (!ORDER_ID_ATTRIBUTE.test(name)) continue;
      const value = (el2.getAttribute(name) ?? "").trim();
      if (TRUSTED_ID.test(value)) return value;
    }
    return void 0;
  }
  function idFromText(text, vouched) {
    const folded = text.normalize("NFKC");
    const shaped = ORDER_ID_SHAPE.exec(folded);
    if (shaped) return shaped[0];
    const trimmed = folded.replace(/^#/, "").trim();
    return TRUSTED_ID.test(trimmed) ? trimmed : void 0;
  }
  function idFromDetailHref(href) {
    if (!href) return void 0;
    try {
      const id = new URL(href, "https://seller.invalid/").searchParams.get("order_no")?.trim();
      return id && TRUSTED_ID.test(id) ? id : void 0;
    } catch {
      return void 0;
    }
  }
  function elementShowing(start, id) {
    let current = start;
    for (; ; ) {
      const child = Array.from(current.children).find((c) => !isOwnMarked(c) && textOf(c).normalize("NFKC").includes(id));
      if (!child) return current;
      current = child;
    }
  }
  function findShapedIds(ctx) {
    const excluded = waybillRegions(ctx);
    const anchors = [];
    forEachTextNode(ctx.root, (t) => {
      const m = ORDER_ID_SHAPE.exec(t.data.normalize("NFKC"));
      const element = t.parentElement;
      if (!m || !element || excluded.some((region) => region.contains(element))) return;
      if (/[A-Za-z]/.test(t.data.replace(/\s/g, ""))) {
        if (!new RegExp(`(^|[^0-9A-Za-z])${m[0]}($|[^0-9A-Za-z])`).test(t.data.normalize("NFKC"))) return;
      }
      anchors.push({ id: m[0], element, source: "shape" });
    });
    return anchors;
  }
  function waybillRegions(ctx) {
    const regions = [];
    for (const { cell, field } of ctx.columnCells) if (field !== "orderId") regions.push(cell);
    for (const hit of ctx.labelHits) {
      if (hit.key === "orderIdLabel") continue;
      const value = valueOf(ctx, hit);
      if (value) regions.push(value.element);
      regions.push(hit.element);
    }
    return regions;
  }
  function extractDetailOrder(ctx, anchors, page) {
    const orderId2 = page.orderId ?? bestAnchor(anchors)?.id;
    if (!orderId2) return [];
    const own2 = anchors.filter((a) => a.id === orderId2);
    const main = queryAll(ctx.root, ["main", '[role="main"]'])[0];
    const anchor2 = bestAnchor(own2)?.element ?? findTextElement(ctx, orderId2) ?? orderIdLabelElement(ctx) ?? main ?? ctx.rootElement;
    if (!anchor2) return [];
    const container = closestAny(anchor2, ["main", '[role="main"]']) ?? ctx.rootElement ?? anchor2;
    const scope = ctx.rootElement ? [ctx.rootElement] : [container];
    return [buildRow(ctx, orderId2, anchor2, container, scope, ctx.labelHits, ctx.columnCells)];
  }
  function findTextElement(ctx, id) {
    let found;
    forEachTextNode(ctx.root, (t) => {
      if (!found && t.data.normalize("NFKC").includes(id) && t.parentElement) found = t.parentElement;
    });
    return found;
  }
  function orderIdLabelElement(ctx) {
    return ctx.labelHits.find((h) => h.key === "orderIdLabel")?.element;
  }
  function bestAnchor(anchors) {
    let best;
    for (const a of anchors) if (!best || ANCHOR_RANK[a.source] < ANCHOR_RANK[best.source]) best = a;
    return best;
  }
  function extractListOrders(ctx, anchors) {
    const byId = /* @__PURE__ */ new Map();
    for (const a of anchors) byId.set(a.id, [...byId.get(a.id) ?? [], a]);
    const idsUnder = indexIdsUnder(anchors);
    const orderStarts = indexOrderStarts(ctx);
    const siblingRows = /* @__PURE__ */ new Map();
    const orders = [...byId].map(([orderId2, own2]) => {
      const primary = bestAnchor(own2);
      const container = containerOf(ctx, primary.element, orderId2, idsUnder);
      const group = groupOf(ctx, container, orderId2, idsUnder, orderStarts, siblingRows);
      return { orderId: orderId2, anchor: primary.element, container: group[0] ?? container, scope: group };
    });
    const owned = assignToOrders(ctx, orders.map((o) => o.scope));
    const rows = orders.map((o, i2) => buildRow(ctx, o.orderId, o.anchor, o.container, o.scope, owned.hits[i2], owned.cells[i2]));
    return isInDocumentOrder(rows) ? rows : rows.sort((a, b) => documentOrder(a.anchor, b.anchor));
  }
  function isInDocumentOrder(rows) {
    for (let i2 = 1; i2 < rows.length; i2++) if (documentOrder(rows[i2 - 1].anchor, rows[i2].anchor) > 0) return false;
    return true;
  }
  function indexIdsUnder(anchors) {
    const idsUnder = /* @__PURE__ */ new Map();
    for (const a of anchors) {
      for (let el2 = a.element; el2; el2 = el2.parentElement) {
        let ids = idsUnder.get(el2);
        if (!ids) idsUnder.set(el2, ids = /* @__PURE__ */ new Set());
        if (ids.has(a.id)) break;
        ids.add(a.id);
      }
    }
    return idsUnder;
  }
  function indexOrderStarts(ctx) {
    const marked = /* @__PURE__ */ new Set();
    const starts = [...ctx.labelHits.filter((h) => h.key === "orderIdLabel").map((h) => h.element), ...hookedElements(ctx).idLinks];
    for (const start of starts) {
      for (let el2 = start; el2 && !marked.has(el2); el2 = el2.parentElement) marked.add(el2);
    }
    return marked;
  }
  function documentOrder(a, b) {
    if (a === b) return 0;
    return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  }
  function holdsOtherOrder(idsUnder, el2, orderId2) {
    const ids = idsUnder.get(el2);
    return !!ids && ids.size > (ids.has(orderId2) ? 1 : 0);
  }
  function containerOf(ctx, anchor2, orderId2, idsUnder) {
    let best = anchor2;
    for (let parent = anchor2.parentElement; parent; parent = parent.parentElement) {
      if (parent === ctx.rootElement || parent.tagName === "BODY" || parent.tagName === "HTML") break;
      if (matchesAny(parent, ctx.selectors.listBoundary.values)) break;
      if (holdsOtherOrder(idsUnder, parent, orderId2)) break;
      best = parent;
    }
    return best;
  }
  function groupOf(ctx, container, orderId2, idsUnder, orderStarts, siblingRows) {
    const parent = container.parentElement;
    if (!parent || !matchesAny(container, ctx.selectors.row.values)) return [container];
    let rows = siblingRows.get(parent);
    if (!rows) {
      rows = indexSiblingRows(ctx, parent, idsUnder);
      siblingRows.set(parent, rows);
    }
    const { siblings } = rows;
    const span = rows.spanOf.get(orderId2);
    if (!span) return [container];
    const [first, last] = span;
    const group = siblings.slice(first, last + 1).filter((row) => !holdsOtherOrder(idsUnder, row, orderId2));
    for (let i2 = last + 1; i2 < siblings.length; i2++) {
      const row = siblings[i2];
      if (idsUnder.has(row) || orderStarts.has(row)) break;
      group.push(row);
    }
    return group.length ? group : [container];
  }
  function indexSiblingRows(ctx, parent, idsUnder) {
    const siblings = Array.from(parent.children).filter((c) => matchesAny(c, ctx.selectors.row.values) && !isOwnMarked(c));
    const spanOf2 = /* @__PURE__ */ new Map();
    siblings.forEach((row, i2) => {
      for (const id of idsUnder.get(row) ?? []) {
        const span = spanOf2.get(id);
        if (span) span[1] = i2;
        else spanOf2.set(id, [i2, i2]);
      }
    });
    return { siblings, spanOf: spanOf2 };
  }
  function assignToOrders(ctx, scopes) {
    const owner = /* @__PURE__ */ new Map();
    scopes.forEach((scope, i2) => scope.forEach((el2) => owner.has(el2) || owner.set(el2, i2)));
    const ownerOf2 = (start) => {
      for (let el2 = start; el2; el2 = el2.parentElement) {
        const i2 = owner.get(el2);
        if (i2 !== void 0) return i2;
      }
      return void 0;
    };
    const hits = scopes.map(() => []);
    const cells = scopes.map(() => []);
    for (const hit of ctx.labelHits) {
      const i2 = ownerOf2(hit.element);
      if (i2 !== void 0) hits[i2].push(hit);
    }
    for (const cell of ctx.columnCells) {
      const i2 = ownerOf2(cell.cell);
      if (i2 !== void 0) cells[i2].push(cell);
    }
    return { hits, cells };
  }
  function buildRow(ctx, orderId2, anchor2, container, scope, ownHits, ownCells) {
    const hits = ownHits;
    const cells = ownCells.filter((c) => !hits.some((h) => c.cell.contains(h.element)));
    const row = { orderId: orderId2, anchor: anchor2, container, rows: scope };
    const status = readStatus(ctx, scope, cells, hits);
    if (status) row.status = status;
    const carrier = readCarrier(ctx, cells, hits);
    if (carrier) row.carrier = carrier;
    const waybill = readWaybill(ctx, cells, hits);
    if (waybill) row.waybill = waybill;
    const weightGrams = readWeight(ctx, scope, cells, hits);
    if (weightGrams !== void 0) row.weightGrams = weightGrams;
    const dimensionsMm2 = readDimensions(ctx, scope, cells, hits);
    if (dimensionsMm2) row.dimensionsMm = dimensionsMm2;
    const destination2 = readDestination(ctx, cells, hits);
    if (destination2) row.destination = destination2;
    return row;
  }
  function candidates(ctx, cells, hits, field, labelKey) {
    const out = [];
    for (const { cell, field: f } of cells) {
      if (f !== field) continue;
      const control = singleControl(ctx, cell);
      if (control) out.push({ text: control.value, element: control, control });
      else {
        const element = descendToValueElement(cell);
        out.push({ text: valueTextOf(element), element });
      }
    }
    for (const hit of hits) {
      if (hit.key !== labelKey) continue;
      const value = valueOf(ctx, hit);
      if (value) out.push(value);
    }
    return out;
  }
  function singleControl(ctx, cell) {
    const controls = queryAll(cell, ctx.selectors.textInput.values).filter(isValueControl);
    return controls.length === 1 ? controls[0] : void 0;
  }
  function isPlaceholder(ctx, text) {
    const t = collapseSpaces(text);
    return !t || ctx.selectors.emptyValue.values.some((v) => v.toLowerCase() === t.toLowerCase());
  }
  function readStatus(ctx, scope, cells, hits) {
    const codeElement = statusCodeElement(ctx, scope);
    const code = codeElement?.getAttribute("data-log_order_status")?.trim() || void 0;
    const subCode = codeElement?.getAttribute("data-log_order_sub_status")?.trim() || void 0;
    const shown = candidates(ctx, cells, hits, "status", "orderStatusLabel").filter((v) => !v.control && !isPlaceholder(ctx, v.text)).map((v) => statusFromValue(ctx, v)).filter((s) => !!s);
    const best = shown.find((s) => s.kind) ?? shown[0] ?? statusWordInScope(ctx, scope);
    if (!best && !code) return void 0;
    const kind = best?.kind;
    const status = {
      text: best?.text ?? "",
      isAwaitingShipment: kind ? kind === "awaiting-shipment" : code === "101"
    };
    if (code) status.code = code;
    if (subCode) status.subCode = subCode;
    if (kind) status.kind = kind;
    if (best?.element) status.element = best.element;
    return status;
  }
  function statusCodeElement(ctx, scope) {
    for (const s of scope) {
      const found = s.hasAttribute("data-log_order_status") ? s : queryAll(s, ctx.selectors.orderStatusAttribute.values)[0];
      if (found) return found;
    }
    return void 0;
  }
  function statusFromValue(ctx, value) {
    const text = collapseSpaces(value.text);
    const kind = statusKindOf(ctx, text);
    if (kind && statusLabelIsWhole(ctx, text, kind)) return { text, kind, element: value.element };
    return statusFromElement(ctx, value.element);
  }
  function statusFromElement(ctx, element) {
    let found;
    forEachTextNode(element, (t) => {
      if (found || !t.parentElement) return;
      const kind = statusKindOf(ctx, t.data);
      if (kind) found = { text: collapseSpaces(t.data), kind, element: t.parentElement };
    });
    if (found) return found;
    const text = spacedTextOf(element);
    return text ? { text, element } : void 0;
  }
  function statusKindOf(ctx, text) {
    let best;
    let bestLength = 0;
    const normalized = normalizeWholeLabelText(text);
    if (!normalized) return void 0;
    for (const kind of STATUS_KINDS) {
      const length = wholeLabelMatchLengthOf(normalized, ctx.selectors[STATUS_ENTRY_KEYS[kind]].values);
      if (length > bestLength) {
        best = kind;
        bestLength = length;
      }
    }
    return best;
  }
  function statusWordInScope(ctx, scope) {
    for (const s of scope) {
      let found;
      forEachTextNode(s, (t) => {
        if (found || !t.parentElement || isInNonValueContext(ctx, t.parentElement)) return;
        const text = collapseSpaces(t.data);
        const kind = statusKindOf(ctx, text);
        if (kind && statusLabelIsWhole(ctx, text, kind)) found = { text, kind, element: t.parentElement };
      });
      if (found) return found;
    }
    return void 0;
  }
  function statusLabelIsWhole(ctx, text, kind) {
    const values = ctx.selectors[STATUS_ENTRY_KEYS[kind]].values;
    return wholeLabelMatchLengthOf(normalizeWholeLabelText(text), values) === text.replace(/[:：]+$/, "").trim().length;
  }
  function isInNonValueContext(ctx, el2) {
    return closestAny(el2, ctx.selectors.nonLabelContext.values) !== null;
  }
  function readCarrier(ctx, cells, hits) {
    const found = candidates(ctx, cells, hits, "carrier", "carrierLabel").filter((v) => !isPlaceholder(ctx, v.text)).map((v) => {
      const text = v.control ? collapseSpaces(v.text) : spacedTextOf(v.element) || displayTextOf(v);
      const pieces = v.control ? [text] : textPiecesOf(v.element);
      const carrierId = resolveCarrierId(text) ?? pieces.map((p) => resolveCarrierId(p)).find(Boolean);
      return { text, element: v.element, ...carrierId ? { carrierId } : {} };
    }).filter((c) => c.text);
    return found.find((c) => c.carrierId) ?? found[0];
  }
  function readWaybill(ctx, cells, hits) {
    for (const v of candidates(ctx, cells, hits, "waybill", "trackingNumberLabel")) {
      const raw = v.control ? v.text : trimFormattingWhitespace(v.text);
      if (!raw.trim() || isPlaceholder(ctx, raw)) continue;
      return { raw, element: v.element };
    }
    return void 0;
  }
  function readWeight(ctx, scope, cells, hits) {
    for (const v of candidates(ctx, cells, hits, "weight", "weightLabel")) {
      if (v.control) continue;
      const grams = parseWeightGrams(v.text);
      if (grams !== void 0) return grams;
    }
    for (const s of scope) {
      const weight = parcelFormOf(ctx, s).weight;
      const value = weight ? parseShownNumber(weight.input.value) : void 0;
      if (weight && value !== void 0) return toGrams(value, weight.unit);
    }
    return void 0;
  }
  function readDimensions(ctx, scope, cells, hits) {
    for (const v of candidates(ctx, cells, hits, "dimensions", "dimensionsLabel")) {
      if (v.control) continue;
      const dims = parseDimensionsMm(v.text);
      if (dims) return dims;
    }
    const single = (key) => {
      for (const hit of hits) {
        if (hit.key !== key) continue;
        const v = valueOf(ctx, hit);
        const mm = v && !v.control ? parseLengthMm(v.text) : void 0;
        if (mm !== void 0) return mm;
      }
      return void 0;
    };
    const [length, width, height] = [single("lengthLabel"), single("widthLabel"), single("heightLabel")];
    if (length !== void 0 && width !== void 0 && height !== void 0) return { length, width, height };
    for (const s of scope) {
      const form = parcelFormOf(ctx, s);
      if (!form.length || !form.width || !form.height) continue;
      const values = [form.length, form.width, form.height].map((f) => ({ value: parseShownNumber(f.input.value), unit: f.unit }));
      if (values.some((v) => v.value === void 0)) continue;
      const [l, w, h] = values.map((v) => toMillimetres(v.value, v.unit));
      return { length: l, width: w, height: h };
    }
    return void 0;
  }
  function parcelFormOf(ctx, scope) {
    if (!ctx.inputHolders) {
      ctx.inputHolders = /* @__PURE__ */ new Set();
      for (const input of textInputsUnder(ctx)) {
        for (let el2 = input; el2 && !ctx.inputHolders.has(el2); el2 = el2.parentElement) ctx.inputHolders.add(el2);
      }
    }
    if (!ctx.inputHolders.has(scope)) return {};
    let form = ctx.forms.get(scope);
    if (!form) {
      form = findParcelFormFields(scope, ctx.selectors);
      ctx.forms.set(scope, form);
    }
    return form;
  }
  function textInputsUnder(ctx) {
    const byTag = ctx.root.getElementsByTagName;
    if (typeof byTag !== "function") return queryAll(ctx.root, ctx.selectors.textInput.values).filter((el2) => el2.tagName === "INPUT");
    return Array.from(byTag.call(ctx.root, "input")).filter((el2) => matchesAny(el2, ctx.selectors.textInput.values) && !isOwnNode$1(el2));
  }
  function readDestination(ctx, cells, hits) {
    const postcode = candidates(ctx, cells, hits, "postcode", "postcodeLabel").map((v) => collapseSpaces(v.text)).find((t) => t && !isPlaceholder(ctx, t) && !t.includes("*"));
    const country = candidates(ctx, cells, hits, "country", "countryLabel").map((v) => countryCodeOf(collapseSpaces(v.text))).find(Boolean);
    if (!postcode && !country) return void 0;
    return { ...country ? { country } : {}, ...postcode ? { postcode } : {} };
  }
  const UPLOAD_SECTION_SELECTORS = ["form", "section", "fieldset", '[role="region"]', '[role="group"]', "main", '[role="main"]'];
  const UPLOAD_SECTION_MAX_LEVELS = 4;
  function findTrackingUploadInputs(root, selectors = defaultSellerCenterSelectors) {
    return queryAll(root, selectors.fileInput.values).filter((input) => {
      if (input.tagName !== "INPUT") return false;
      const context = closestAny(input, selectors.dialog.values) ?? uploadSectionOf(input);
      return !!context && isAboutTracking(context, selectors);
    });
  }
  function uploadSectionOf(input) {
    let cur = input.parentElement;
    for (let level = 0; cur && level < UPLOAD_SECTION_MAX_LEVELS; level++) {
      if (UPLOAD_SECTION_SELECTORS.some((s) => cur.matches(s))) return cur;
      if (!cur.parentElement || cur.parentElement.tagName === "BODY") return cur;
      cur = cur.parentElement;
    }
    return cur;
  }
  function isAboutTracking(context, selectors) {
    const phrases = selectors.trackingUploadPhrase.values;
    const names = [context.getAttribute("aria-label") ?? "", textOf(context)];
    for (const id of (context.getAttribute("aria-labelledby") ?? "").split(/\s+/)) {
      const title = id ? context.ownerDocument?.getElementById(id) : null;
      if (title) names.push(textOf(title));
    }
    return names.some((name) => containsPhrase(collapseSpaces(name), phrases));
  }
  function findPrintLabelButtons(root, selectors = defaultSellerCenterSelectors) {
    return findButtonsByCaption(root, selectors, "printLabelButton");
  }
  function findButtonsByCaption(root, selectors, key) {
    const captions = selectors[key].values;
    const matched = queryAll(root, selectors.button.values).filter((button) => {
      const caption = collapseSpaces(textOf(button)) || button.getAttribute("aria-label") || button.value || "";
      return wholeCaptionMatches(caption, captions);
    });
    return matched.filter((el2) => !matched.some((other) => other !== el2 && other.contains(el2)));
  }
  function wholeCaptionMatches(caption, captions) {
    const t = collapseSpaces(caption).replace(/\s*[(（]?\d+[)）]?$/, "");
    if (!t) return false;
    const length = wholeLabelMatchLength(t, captions);
    return length > 0 && length === t.toLowerCase().length;
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
  function cached(getter) {
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
  const allowsEval = /* @__PURE__ */ cached(() => {
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
  function aborted(x2, startIndex = 0) {
    if (x2.aborted === true)
      return true;
    for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
      if (x2.issues[i2]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  function explicitlyAborted(x2, startIndex = 0) {
    if (x2.aborted === true)
      return true;
    for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
      if (x2.issues[i2]?.continue === false) {
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
    for (const ch3 of defChecks ?? []) {
      const d = ch3._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check))
        break;
      const max2 = d.maximum ?? d.length ?? d.size;
      if (max2 >= 0)
        caps.push([max2, ch3]);
    }
    return caps;
  }
  function attachSchema(issues, start, inst) {
    var _a2;
    for (let i2 = start; i2 < issues.length; i2++) {
      (_a2 = issues[i2]).schema ?? (_a2.schema = inst);
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
    for (let i2 = 0; i2 < units - 1; i2++) {
      if ((str.charCodeAt(i2) & 64512) === 55296 && (str.charCodeAt(i2 + 1) & 64512) === 56320) {
        count--;
        i2++;
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
        } catch (err2) {
          delete this[key];
          broke = broke || outer;
          throw err2;
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
  var _a$2;
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
  (_a$2 = globalThis).__zod_globalConfig ?? (_a$2.__zod_globalConfig = {});
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
            let i2 = 0;
            while (i2 < fullpath.length) {
              const el2 = fullpath[i2];
              const terminal = i2 === fullpath.length - 1;
              if (el2 === "_errors") {
                if (terminal)
                  curr._errors.push(mapper(issue2));
                i2++;
                continue;
              }
              if (!Object.prototype.hasOwnProperty.call(curr, el2)) {
                Object.defineProperty(curr, el2, {
                  value: { _errors: [] },
                  enumerable: true,
                  writable: true,
                  configurable: true
                });
              }
              const node2 = curr[el2];
              if (terminal) {
                node2._errors.push(mapper(issue2));
              }
              curr = node2;
              i2++;
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
    var _a2, _b2;
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
      (_b2 = inst._zod).check ?? (_b2.check = () => {
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
      const lines = content.split("\n").filter((x2) => x2);
      const minIndent = Math.min(...lines.map((x2) => x2.length - x2.trimStart().length));
      const dedented = lines.map((x2) => x2.slice(minIndent)).map((x2) => " ".repeat(this.indent * 2) + x2);
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
    for (const ch3 of checks) {
      for (const fn of ch3._zod.onattach) {
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
        for (const ch3 of checks2) {
          if (ch3._zod.def.when) {
            if (explicitlyAborted(payload))
              continue;
            const shouldRun = ch3._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch3._zod.check(payload);
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
  function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
  }
  function urlProtocolOk(url, protocol2) {
    protocol2.lastIndex = 0;
    return protocol2.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
  }
  const $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      try {
        const trimmed = payload.value.trim();
        const url = validateURL(trimmed, def);
        if (url === URL_BAD_FORMAT) {
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
        if (url === URL_UNPARSEABLE) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url === true) {
          payload.value = stripTabAndNewline(trimmed);
          return;
        }
        if (def.hostname && !urlHostnameOk(url, def.hostname)) {
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
        if (def.protocol && !urlProtocolOk(url, def.protocol)) {
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
        payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
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
        for (const [max2, ch3] of sizeCaps(inst._zod.def.checks)) {
          if (n2 > max2 && ch3._zod.def.when(payload)) {
            const start = payload.issues.length;
            ch3._zod.check(payload);
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
  function handleArrayResult(result2, final, index2) {
    if (result2.issues.length) {
      final.issues.push(...prefixIssues(index2, result2.issues));
    }
    final.value[index2] = result2.value;
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
      for (let i2 = 0; i2 < input.length; i2++) {
        const item = input[i2];
        const result2 = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result2 instanceof Promise) {
          proms.push(result2.then((result3) => handleArrayResult(result3, payload, i2)));
        } else {
          handleArrayResult(result2, payload, i2);
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
    const _normalized = cached(() => normalizeDef(def));
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
        const el2 = shape[key];
        const optin = el2._zod.optin;
        const optout = el2._zod.optout;
        const r = el2._zod.run({ value: input[key], issues: [] }, ctx);
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
    const _normalized = cached(() => normalizeDef(def));
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
    def.options.forEach((option, i2) => {
      const propShape = rawShape(option._zod.def);
      if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
        throw new Error(`Invalid discriminated union option at index "${i2}"`);
      }
    });
    const disc = cached(() => discriminatorMap(def));
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
      for (let index2 = 0; index2 < a.length; index2++) {
        const itemA = a[index2];
        const itemB = b[index2];
        const sharedValue = mergeValues(itemA, itemB);
        if (!sharedValue.valid) {
          return {
            valid: false,
            mergeErrorPath: [index2, ...sharedValue.mergeErrorPath]
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
      return v ? new Set([...v].filter((x2) => x2 !== void 0)) : void 0;
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
        for (const el2 of def.items)
          check(el2);
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
        for (const el2 of def.options)
          check(el2);
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
            for (const el2 of value)
              check(el2);
        }
      }
    }
    stack.delete(inst);
    return settle(inst, result2);
  }
  function settle(inst, answer) {
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
  const memo = {
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
    return memo;
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
  var _a$1;
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
  (_a$1 = globalThis).__zod_globalRegistry ?? (_a$1.__zod_globalRegistry = registry());
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
    const ch3 = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params),
      maximum
    });
    return ch3;
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
    const ch3 = /* @__PURE__ */ _check((payload) => {
      payload.addIssue = (issue$1) => {
        if (typeof issue$1 === "string") {
          payload.issues.push(issue(issue$1, payload.value, ch3._zod.def));
        } else {
          const _issue = issue$1;
          if (_issue.fatal)
            _issue.continue = false;
          _issue.code ?? (_issue.code = "custom");
          if (!("input" in _issue))
            _issue.input = payload.value;
          _issue.inst ?? (_issue.inst = ch3);
          _issue.continue ?? (_issue.continue = !ch3._zod.def.abort);
          payload.issues.push(issue(_issue));
        }
      };
      return fn(payload.value, payload);
    }, params);
    return ch3;
  }
  // @__NO_SIDE_EFFECTS__
  function _check(fn, params) {
    const ch3 = new $ZodCheck({
      check: "custom",
      ...normalizeParams(params)
    });
    ch3._zod.check = fn;
    return ch3;
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
        const carriers = /* @__PURE__ */ new Map();
        for (const seen of ctx.seen.values()) {
          for (const json of [seen.schema, seen.def]) {
            const allOf = json?.allOf;
            if (!Array.isArray(allOf))
              continue;
            const existing = carriers.get(allOf);
            if (existing)
              existing.push(json);
            else
              carriers.set(allOf, [json]);
          }
        }
        for (const allOf of ctx.intersections) {
          for (const json of carriers.get(allOf) ?? [])
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
    for (const ch3 of list)
      contributors[ch3._zod.def.check]?.(agg, ch3._zod.def);
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
    const options = def.options.map((x2, i2) => processSchema(x2, ctx, {
      ...params,
      path: [...params.path, isExclusive ? "oneOf" : "anyOf", i2]
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
      if (mapped.some((branch, i2) => branch !== branches[i2]))
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
          ...chks.map((ch3) => typeof ch3 === "function" ? { _zod: { check: ch3, def: { check: "custom" }, onattach: [] } } : ch3)
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
      return optional(this);
    },
    exactOptional() {
      return exactOptional(this);
    },
    nullable() {
      return nullable(this);
    },
    nullish() {
      return optional(nullable(this));
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
  function optional(innerType) {
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
  object({
    lml: literal(1),
    type: string(),
    payload: unknown()
  });
  const replySchema = discriminatedUnion("ok", [
    object({ ok: literal(true), data: unknown() }),
    object({ ok: literal(false), error: object({ code: string(), message: string() }) })
  ]);
  class MessagingError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
      this.name = "MessagingError";
    }
    code;
  }
  async function sendMessage(type, payload) {
    const def = protocol[type];
    const request = def.request.parse(payload);
    const raw = await browser$1.runtime.sendMessage({ lml: 1, type, payload: request });
    const reply = replySchema.safeParse(raw);
    if (!reply.success) throw new MessagingError("bad-reply", `No valid reply to "${type}"`);
    if (!reply.data.ok) throw new MessagingError(reply.data.error.code, reply.data.error.message);
    const data = def.response.safeParse(reply.data.data);
    if (!data.success) throw new MessagingError("bad-reply", `Reply to "${type}" does not match its schema`);
    return data.data;
  }
  function pageOrderOf(row) {
    const order = { orderId: row.orderId };
    if (row.status) {
      order.statusText = row.status.text.slice(0, 200);
      order.awaitingShipment = row.status.isAwaitingShipment;
    }
    if (row.carrier?.text) order.carrierText = row.carrier.text.slice(0, 200);
    if (row.waybill?.raw) order.waybill = row.waybill.raw.slice(0, 200);
    if (row.weightGrams && row.weightGrams > 0) order.weightGrams = row.weightGrams;
    if (row.dimensionsMm) order.dimensionsMm = row.dimensionsMm;
    if (row.destination) order.destination = { ...row.destination };
    return order;
  }
  class EnrichmentClient {
    constructor(page, withDiagnosis, onResult, signal) {
      this.page = page;
      this.withDiagnosis = withDiagnosis;
      this.onResult = onResult;
      this.signal = signal;
    }
    page;
    withDiagnosis;
    onResult;
    signal;
    results = /* @__PURE__ */ new Map();
    pending = /* @__PURE__ */ new Map();
    inFlight = /* @__PURE__ */ new Set();
    scheduled = false;
    /** Cached result for the row, or undefined (and queued) when not asked yet. */
    get(row) {
      const order = pageOrderOf(row);
      const key = JSON.stringify(order);
      const cached2 = this.results.get(key);
      if (cached2) return cached2;
      if (!this.inFlight.has(key)) {
        this.pending.set(key, order);
        this.schedule();
      }
      return void 0;
    }
    schedule() {
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        void this.flush();
      });
    }
    async flush() {
      if (!this.pending.size || this.signal.aborted) return;
      const batch = [...this.pending.entries()].slice(0, 500);
      for (const [key] of batch) {
        this.pending.delete(key);
        this.inFlight.add(key);
      }
      try {
        const response = await sendMessage("enrich-orders", { market: this.page.market, orders: batch.map(([, order]) => order), withDiagnosis: this.withDiagnosis() });
        const byId = new Map(response.orders.map((o) => [o.orderId, o]));
        for (const [key, order] of batch) {
          const result2 = byId.get(order.orderId);
          this.results.set(key, { ...result2?.badge ? { badge: result2.badge } : {}, ...result2 && "diagnosis" in result2 ? { diagnosis: result2.diagnosis ?? null } : {} });
        }
      } catch {
      } finally {
        for (const [key] of batch) this.inFlight.delete(key);
      }
      if (!this.signal.aborted) this.onResult();
      if (this.pending.size) this.schedule();
    }
  }
  const HOST_TAG = "lml-hint";
  const BASE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; font: 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.hint { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: baseline; border-radius: 4px; padding: 2px 6px; border: 1px solid; max-width: 44em; }
.error { color: #9f1c14; background: #fef3f2; border-color: #f5b5ae; }
.warning { color: #7a4a00; background: #fffaeb; border-color: #f4d38a; }
.info { color: #174a8b; background: #eff6ff; border-color: #b7d3f7; }
.ok { color: #1f5f2c; background: #f0fdf4; border-color: #a7e3b5; }
.label { font-weight: 600; }
button { font: inherit; cursor: pointer; border: 1px solid currentColor; background: #fff; color: inherit; border-radius: 3px; padding: 0 6px; }
button:focus-visible, summary:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
details { width: 100%; }
summary { cursor: pointer; }
ul { margin: 2px 0 0 16px; padding: 0; }
.nowrap { flex-wrap: nowrap; white-space: nowrap; }
.nowrap .one-line { max-width: 26em; }
.one-line { display: inline-block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 34em; vertical-align: middle; }
.wrap { position: relative; display: inline-block; }
.tip { display: none; position: absolute; z-index: 2147483000; left: 0; top: 100%; min-width: 22em; max-width: 36em; background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 4px; padding: 6px 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.wrap:hover .tip, .wrap:focus-within .tip { display: block; }
table { border-collapse: collapse; }
td { padding: 0 6px 0 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
`;
  let sheet;
  function sharedSheet() {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(BASE_CSS);
      }
      return sheet;
    } catch {
      return void 0;
    }
  }
  function el(tag, props = {}, ...children) {
    const node2 = document.createElement(tag);
    if (props.className) node2.className = props.className;
    if (props.text !== void 0) node2.textContent = props.text;
    for (const [name, value] of Object.entries(props.attrs ?? {})) node2.setAttribute(name, value);
    for (const child of children) if (child) node2.append(child);
    return node2;
  }
  function createHost(kind, orderId2) {
    const host = document.createElement(HOST_TAG);
    if (kind === "label-quality") host.dataset.lmlNotice = kind;
    else {
      host.dataset.lml = kind;
      host.dataset.orderId = orderId2;
    }
    const root = host.attachShadow({ mode: "open" });
    const css = sharedSheet();
    if (css) root.adoptedStyleSheets = [css];
    else root.append(el("style", { text: BASE_CSS, attrs: { "data-base": "1" } }));
    return host;
  }
  class HintRegistry {
    constructor(kind) {
      this.kind = kind;
    }
    kind;
    placed = /* @__PURE__ */ new Map();
    upsert(orderId2, anchor2, key, render) {
      const existing = this.placed.get(orderId2);
      if (existing && existing.anchor === anchor2 && existing.host.isConnected && existing.key === key) return;
      const host = existing?.host.isConnected && existing.anchor === anchor2 ? existing.host : createHost(this.kind, orderId2);
      const root = host.shadowRoot;
      for (const child of [...root.childNodes]) if (!(child instanceof HTMLStyleElement && child.dataset.base)) child.remove();
      render(root);
      if (host !== existing?.host) existing?.host.remove();
      if (!host.isConnected) anchor2.after(host);
      this.placed.set(orderId2, { host, anchor: anchor2, key });
    }
    remove(orderId2) {
      this.placed.get(orderId2)?.host.remove();
      this.placed.delete(orderId2);
    }
    /** Removes hints of orders no longer on the page (or whose row left the DOM). */
    prune(keep) {
      for (const [orderId2, { host }] of this.placed) {
        if (!keep.has(orderId2) || !host.isConnected) {
          host.remove();
          this.placed.delete(orderId2);
        }
      }
    }
    clear() {
      for (const { host } of this.placed.values()) host.remove();
      this.placed.clear();
    }
  }
  function isOwnNode(node2) {
    const element = node2 instanceof Element ? node2 : node2.parentElement;
    return !!element?.closest(`${HOST_TAG}, [data-lml], [data-lml-notice]`);
  }
  function startPageSession(wxt, features2, locale) {
    let pageKey = "";
    let pageAbort = new AbortController();
    let active = [];
    let frame = 0;
    let lastRows;
    let pageChanged = true;
    const schedule = () => {
      if (frame || wxt.isInvalid) return;
      frame = wxt.requestAnimationFrame(() => {
        frame = 0;
        run();
      });
    };
    function resetForPage(page) {
      pageAbort.abort();
      for (const { ctx } of active) ctx.hints.clear();
      pageAbort = new AbortController();
      const signal = AbortSignal.any([pageAbort.signal, wxt.signal]);
      const included = features2.filter((feature) => safely(feature.kind, () => feature.include(page), false));
      const enrichment = new EnrichmentClient(page, () => included.some((f) => f.kind === "pending-diagnosis"), schedule, signal);
      active = included.map((feature) => ({ feature, ctx: { page, locale, hints: new HintRegistry(feature.kind), signal, enrichment, requestUpdate: schedule } }));
      for (const { feature, ctx } of active) safely(feature.kind, () => feature.init?.(ctx), void 0);
    }
    function run() {
      const url = new URL(location.href);
      const page = detectPage(url);
      const key = `${page.kind}|${url.pathname}|${url.search}`;
      if (key !== pageKey) {
        pageKey = key;
        pageChanged = true;
        resetForPage(page);
      }
      if (!active.length) return;
      const started = performance.now();
      if (!observer.takeRecords().every(isOwnMutation)) pageChanged = true;
      const reused = !pageChanged && lastRows !== void 0;
      const rows = reused ? lastRows : safely("extract", () => extractOrders(document, page), []);
      const extracted = performance.now();
      lastRows = rows;
      pageChanged = false;
      for (const { feature, ctx } of active) {
        safely(feature.kind, () => {
          const result2 = feature.update(rows, ctx);
          if (result2 instanceof Promise) result2.catch((error2) => report(feature.kind, error2));
        }, void 0);
      }
      recordTiming({ rows: rows.length, extractMs: extracted - started, reused }, started);
    }
    const observer = new MutationObserver((mutations) => {
      if (mutations.every(isOwnMutation)) return;
      pageChanged = true;
      schedule();
    });
    const markChanged = () => {
      pageChanged = true;
    };
    wxt.addEventListener(document, "input", markChanged, { capture: true, passive: true });
    wxt.addEventListener(document, "change", markChanged, { capture: true, passive: true });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-log_order_id", "data-log_order_status", "value", "aria-selected"] });
    wxt.onInvalidated(() => {
      observer.disconnect();
      pageAbort.abort();
      for (const { ctx } of active) ctx.hints.clear();
    });
    wxt.addEventListener(window, "wxt:locationchange", schedule);
    wxt.addEventListener(window, "popstate", schedule);
    schedule();
  }
  function isOwnMutation(m) {
    if (isOwnNode(m.target)) return true;
    const touched = [...m.addedNodes, ...m.removedNodes];
    return m.type === "childList" && touched.length > 0 && touched.every(isOwnNode);
  }
  function safely(kind, fn, fallback) {
    try {
      return fn();
    } catch (error2) {
      report(kind, error2);
      return fallback;
    }
  }
  const reported = /* @__PURE__ */ new Set();
  function report(kind, error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    if (reported.has(`${kind}:${message}`)) return;
    reported.add(`${kind}:${message}`);
    console.warn(`[Lastmile Lens] ${kind} failed:`, message);
  }
  function recordTiming(detail, start) {
    try {
      performance.measure("lml:annotate", { start, end: performance.now(), detail });
    } catch {
    }
  }
  const contentMessages = {
    waybillTitle: { en: "Waybill number problem", zh: "运单号有问题" },
    waybillMore: { en: "Details", zh: "详情" },
    waybillExpected: { en: "expected", zh: "应为" },
    waybillDuplicate: { en: "Same waybill number as order {orders}", zh: "与订单 {orders} 的运单号重复" },
    waybillCopy: { en: "Copy corrected number", zh: "复制更正后的单号" },
    waybillCopied: { en: "Copied", zh: "已复制" },
    waybillCorrected: { en: "Suggested: {value}", zh: "建议：{value}" },
    waybillFixDefault: {
      en: "Re-enter the number exactly as printed on the carrier label (digits and capital letters only), then save.",
      zh: "按承运商面单上的号码重新输入（仅数字和大写字母）后保存。"
    },
    waybillMoreIssues: { en: "+{count} more", zh: "另有 {count} 项" },
    badgeEligible: { en: "{count} eligible", zh: "{count} 家可承运" },
    badgeCheapest: { en: "cheapest {carrier} {price}", zh: "最低 {carrier} {price}" },
    badgeNoPrice: { en: "no rate on file", zh: "暂无费率" },
    badgeNeedsWeight: { en: "weight needed for a price (set a default weight in Options)", zh: "需要重量才能报价（可在设置中填写默认重量）" },
    badgeNone: { en: "No certified carrier can take this parcel", zh: "没有认证承运商可以承运此包裹" },
    badgeDefaults: { en: "estimated with your default {what} (not shown on this page)", zh: "按您的默认{what}估算（本页未显示）" },
    badgeDefaultWeight: { en: "weight", zh: "重量" },
    badgeDefaultSize: { en: "size", zh: "尺寸" },
    badgeDefaultDestination: { en: "destination (no postcode: remote-area fee not checked)", zh: "目的地（无邮编，未检查偏远附加费）" },
    badgeNoRateList: { en: "No rate on file: {carriers}", zh: "暂无费率：{carriers}" },
    badgeWhyNot: { en: "Not eligible:", zh: "不可承运：" },
    badgeLabel: { en: "Carrier eligibility", zh: "承运商资格" },
    feeTitle: { en: "Fee estimate", zh: "运费估算" },
    feeChargeable: { en: "chargeable weight {weight}", zh: "计费重 {weight}" },
    feeVolumetricOver: {
      en: "Volumetric weight {volumetric} exceeds actual weight {actual} by {diff}: you pay for {volumetric}.",
      zh: "体积重 {volumetric} 比实际重量 {actual} 多 {diff}：将按 {volumetric} 计费。"
    },
    feeNoWeight: { en: "Enter the package weight to see the fee.", zh: "填写包裹重量后显示运费。" },
    feeNone: { en: "No certified carrier with a rate on file for this parcel.", zh: "没有可承运且有费率的认证承运商。" },
    feeTotal: { en: "Total", zh: "合计" },
    feeEstimateNote: { en: "estimate", zh: "估算" },
    printerLow: {
      en: 'Your label printer is set to {dpi} dpi. Below 203 dpi barcodes fail to scan and the first-scan rate drops to 61 % (S33). Use a 203 or 300 dpi thermal printer, tick "High Quality" and test-scan a sample label (S34).',
      zh: "您的面单打印机设置为 {dpi} dpi。低于 203 dpi 时条码无法扫描，首扫率降至 61%（S33）。请使用 203 或 300 dpi 热敏打印机，勾选“高质量”，并先打印样张扫码测试（S34）。"
    },
    printerUnknown: {
      en: "Printer resolution not set: set it in Lastmile Lens options to check that labels will scan (≥ 203 dpi, S33).",
      zh: "尚未设置打印机分辨率：请在 Lastmile Lens 设置中填写，以确认面单可扫描（≥ 203 dpi，S33）。"
    },
    diagnosisLabel: { en: "Why is this order still Pending Shipment?", zh: "为什么此订单仍为“待发货”？" },
    diagnosisOpen: { en: "Open troubleshooting", zh: "打开排查面板" },
    diagnosisFix: { en: "Fix:", zh: "处理：" }
  };
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
  const idSchema = string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase letters, digits and hyphens");
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
    id: idSchema,
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
    postcodeSetIds: array(idSchema).optional(),
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
    table.weightBands?.forEach((band, i2, bands) => {
      const previous = bands[i2 - 1];
      if (previous && band.maxWeightGrams <= previous.maxWeightGrams) {
        ctx.addIssue({ code: "custom", path: ["weightBands", i2, "maxWeightGrams"], message: `weight bands must be in ascending order of maxWeightGrams (${band.maxWeightGrams} follows ${previous.maxWeightGrams})` });
      }
    });
    const months = /* @__PURE__ */ new Set();
    table.fuel?.forEach((f, i2) => {
      if (months.has(f.month)) ctx.addIssue({ code: "custom", path: ["fuel", i2, "month"], message: `fuel month ${f.month} is listed twice` });
      months.add(f.month);
    });
    const thresholds = /* @__PURE__ */ new Set();
    table.rebateTiers?.forEach((t, i2) => {
      if (thresholds.has(t.aboveMonthlyParcels)) ctx.addIssue({ code: "custom", path: ["rebateTiers", i2, "aboveMonthlyParcels"], message: `rebate tier above ${t.aboveMonthlyParcels} is listed twice` });
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
    items?.forEach((item, i2) => {
      const key = keyOf(item);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i2], message: `${what} ${key} is listed twice` });
      seen.add(key);
    });
  }
  function checkPackReferences(pack, ctx, base) {
    reportDuplicates(pack.markets, (m) => m.code, "markets", "market", ctx);
    reportDuplicates(pack.carriers, (c) => c.id, "carriers", "carrier", ctx);
    reportDuplicates(pack.postcodeSets, (s) => s.id, "postcodeSets", "postcode set", ctx);
    reportDuplicates(pack.feeTables, (t) => `${t.carrierId}/${t.market}`, "feeTables", "fee table", ctx);
    pack.carriers?.forEach((c, i2) => reportDuplicates(c.markets, (m) => m.market, `carriers.${i2}.markets`, `market of ${c.id}`, ctx));
    const markets = new Map([...[], ...pack.markets ?? []].map((m) => [m.code, m]));
    const setIds = new Set([...[], ...pack.postcodeSets ?? []].map((s) => s.id));
    const carrierIds = new Set([...[], ...pack.carriers ?? []].map((c) => c.id));
    pack.feeTables?.forEach((table, i2) => {
      const market = markets.get(table.market);
      if (!market) ctx.addIssue({ code: "custom", path: ["feeTables", i2, "market"], message: `market ${table.market} is not in the pack's markets` });
      else if (table.currency !== void 0 && table.currency !== market.currency.code) {
        ctx.addIssue({ code: "custom", path: ["feeTables", i2, "currency"], message: `currency ${table.currency} does not match ${table.market}'s ${market.currency.code}` });
      }
      if (!carrierIds.has(table.carrierId)) ctx.addIssue({ code: "custom", path: ["feeTables", i2, "carrierId"], message: `carrier ${table.carrierId} is not in the pack's carriers` });
      table.remoteAreas?.forEach(
        (area, j) => area.postcodeSetIds?.forEach((id, k) => {
          if (!setIds.has(id)) ctx.addIssue({ code: "custom", path: ["feeTables", i2, "remoteAreas", j, "postcodeSetIds", k], message: `postcode set ${id} is not in the pack's postcodeSets` });
        })
      );
    });
  }
  strictObject(packShape).superRefine((pack, ctx) => checkPackReferences(pack, ctx));
  strictObject({
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
  var papaparse_min$2 = { exports: {} };
  var papaparse_min$1 = papaparse_min$2.exports;
  var hasRequiredPapaparse_min;
  function requirePapaparse_min() {
    if (hasRequiredPapaparse_min) return papaparse_min$2.exports;
    hasRequiredPapaparse_min = 1;
    (function(module, exports) {
      ((e, t) => {
        module.exports = t();
      })(papaparse_min$1, function r() {
        var n2 = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n2 ? n2 : {};
        var s = !n2.document && !!n2.postMessage, a = n2.IS_PAPA_WORKER || false, o = {}, h = 0, w = {};
        function q(e) {
          return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
        }
        function u(e) {
          this._handle = null, this._finished = false, this._completed = false, this._halted = false, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = true, this._completeResults = { data: [], errors: [], meta: {} }, (function(e2) {
            var t = E(e2);
            t.chunkSize = parseInt(t.chunkSize), e2.step || e2.chunk || (t.chunkSize = null);
            this._handle = new i2(t), (this._handle.streamer = this)._config = t;
          }).call(this, e), this.parseChunk = function(t, e2) {
            var i3 = parseInt(this._config.skipFirstNLines) || 0;
            if (this.isFirstChunk && 0 < i3) {
              let e3 = this._config.newline;
              e3 || (r2 = this._config.quoteChar || '"', e3 = this._handle.guessLineEndings(t, r2)), t = [...t.split(e3).slice(i3)].join(e3);
            }
            this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r2 = this._config.beforeFirstChunk(t)) && (t = r2), this.isFirstChunk = false, this._halted = false;
            var i3 = this._partialLine + t, r2 = (this._partialLine = "", this._handle.parse(i3, this._baseIndex, !this._finished));
            if (!this._handle.paused() && !this._handle.aborted()) {
              t = r2.meta.cursor, i3 = (this._finished || (this._partialLine = i3.substring(t - this._baseIndex), this._baseIndex = t), r2 && r2.data && (this._rowCount += r2.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
              if (a) n2.postMessage({ results: r2, workerId: w.WORKER_ID, finished: i3 });
              else if (U(this._config.chunk) && !e2) {
                if (this._config.chunk(r2, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = true);
                this._completeResults = r2 = void 0;
              }
              return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r2.data), this._completeResults.errors = this._completeResults.errors.concat(r2.errors), this._completeResults.meta = r2.meta), this._completed || !i3 || !U(this._config.complete) || r2 && r2.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = true), i3 || r2 && r2.meta.paused || this._nextChunk(), r2;
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
              var i3;
              this._config.chunkSize && (i3 = this._start + this._config.chunkSize - 1, r2.setRequestHeader("Range", "bytes=" + this._start + "-" + i3));
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
          var i3, r2, n3 = "undefined" != typeof FileReader;
          this.stream = function(e2) {
            this._input = e2, r2 = e2.slice || e2.webkitSlice || e2.mozSlice, n3 ? ((i3 = new FileReader()).onload = m(this._chunkLoaded, this), i3.onerror = m(this._chunkError, this)) : i3 = new FileReaderSync(), this._nextChunk();
          }, this._nextChunk = function() {
            this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
          }, this._readChunk = function() {
            var e2 = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e2 = r2.call(e2, this._start, t)), i3.readAsText(e2, this._config.encoding));
            n3 || this._chunkLoaded({ target: { result: t } });
          }, this._chunkLoaded = function(e2) {
            this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e2.target.result);
          }, this._chunkError = function() {
            this._sendError(i3.error);
          };
        }
        function f(e) {
          var i3;
          u.call(this, e = e || {}), this.stream = function(e2) {
            return i3 = e2, this._nextChunk();
          }, this._nextChunk = function() {
            var e2, t;
            if (!this._finished) return e2 = this._config.chunkSize, i3 = e2 ? (t = i3.substring(0, e2), i3.substring(e2)) : (t = i3, ""), this._finished = !i3, this.parseChunk(t);
          };
        }
        function c(e) {
          u.call(this, e = e || {});
          var t = [], i3 = true, r2 = false;
          this.pause = function() {
            u.prototype.pause.apply(this, arguments), this._input.pause();
          }, this.resume = function() {
            u.prototype.resume.apply(this, arguments), this._input.resume();
          }, this.stream = function(e2) {
            this._input = e2, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
          }, this._checkIsFinished = function() {
            r2 && 1 === t.length && (this._finished = true);
          }, this._nextChunk = function() {
            this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i3 = true;
          }, this._streamData = m(function(e2) {
            try {
              t.push("string" == typeof e2 ? e2 : e2.toString(this._config.encoding)), i3 && (i3 = false, this._checkIsFinished(), this.parseChunk(t.shift()));
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
        function i2(m2) {
          var n3, s2, a2, t, o2 = Math.pow(2, 53), h2 = -o2, u2 = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d2 = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i3 = this, r2 = 0, l2 = 0, f2 = false, e = false, c2 = [], p2 = { data: [], errors: [], meta: {} };
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
            function i4(e3, t2) {
              for (var i5 = m2.header ? {} : [], r4 = 0; r4 < e3.length; r4++) {
                var n4 = r4, s3 = e3[r4], s3 = ((e4, t3) => ((e5) => (m2.dynamicTypingFunction && void 0 === m2.dynamicTyping[e5] && (m2.dynamicTyping[e5] = m2.dynamicTypingFunction(e5)), true === (m2.dynamicTyping[e5] || m2.dynamicTyping)))(e4) ? "true" === t3 || "TRUE" === t3 || "false" !== t3 && "FALSE" !== t3 && (((e5) => {
                  if (u2.test(e5)) {
                    e5 = parseFloat(e5);
                    if (h2 < e5 && e5 < o2) return 1;
                  }
                })(t3) ? parseFloat(t3) : d2.test(t3) ? new Date(t3) : "" === t3 ? null : t3) : t3)(n4 = m2.header ? r4 >= c2.length ? "__parsed_extra" : c2[r4] : n4, s3 = m2.transform ? m2.transform(s3, n4) : s3);
                "__parsed_extra" === n4 ? (i5[n4] = i5[n4] || [], i5[n4].push(s3)) : i5[n4] = s3;
              }
              return m2.header && (r4 > c2.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c2.length + " fields but parsed " + r4, l2 + t2) : r4 < c2.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c2.length + " fields but parsed " + r4, l2 + t2)), i5;
            }
            var r3;
            p2 && (m2.header || m2.dynamicTyping || m2.transform) && (r3 = 1, !p2.data.length || Array.isArray(p2.data[0]) ? (p2.data = p2.data.map(i4), r3 = p2.data.length) : p2.data = i4(p2.data, 0), m2.header && p2.meta && (p2.meta.fields = c2), l2 += r3);
          }
          function g2() {
            return m2.header && 0 === c2.length;
          }
          function k(e2, t2, i4, r3) {
            e2 = { type: e2, code: t2, message: i4 };
            void 0 !== r3 && (e2.row = r3), p2.errors.push(e2);
          }
          U(m2.step) && (t = m2.step, m2.step = function(e2) {
            p2 = e2, g2() ? _2() : (_2(), 0 !== p2.data.length && (r2 += e2.data.length, m2.preview && r2 > m2.preview ? s2.abort() : (p2.data = p2.data[0], t(p2, i3))));
          }), this.parse = function(e2, t2, i4) {
            var r3 = m2.quoteChar || '"', r3 = (m2.newline || (m2.newline = this.guessLineEndings(e2, r3)), a2 = false, m2.delimiter ? U(m2.delimiter) && (m2.delimiter = m2.delimiter(e2), p2.meta.delimiter = m2.delimiter) : ((r3 = ((e3, t3, i5, r4, n4) => {
              var s3, a3, o3, h3;
              n4 = n4 || [",", "	", "|", ";", w.RECORD_SEP, w.UNIT_SEP];
              for (var u3 = 0; u3 < n4.length; u3++) {
                for (var d3, l3 = n4[u3], f3 = 0, c3 = 0, p3 = 0, _3 = (o3 = void 0, new b({ comments: r4, delimiter: l3, newline: t3, preview: 10 }).parse(e3)), g3 = 0; g3 < _3.data.length; g3++) i5 && y(_3.data[g3]) ? p3++ : (d3 = _3.data[g3].length, c3 += d3, void 0 === o3 ? o3 = d3 : 0 < d3 && (f3 += Math.abs(d3 - o3), o3 = d3));
                0 < _3.data.length && (c3 /= _3.data.length - p3), 1.99 < c3 && (void 0 === a3 || f3 < a3 || f3 === a3 && h3 < c3) && (a3 = f3, s3 = l3, h3 = c3);
              }
              return { successful: !!(m2.delimiter = s3), bestDelimiter: s3 };
            })(e2, m2.newline, m2.skipEmptyLines, m2.comments, m2.delimitersToGuess)).successful ? m2.delimiter = r3.bestDelimiter : (a2 = true, m2.delimiter = w.DefaultDelimiter), p2.meta.delimiter = m2.delimiter), E(m2));
            return r3.header = g2(), m2.preview && m2.header && r3.preview++, n3 = e2, s2 = new b(r3), p2 = s2.parse(n3, t2, i4), _2(), f2 ? { meta: { paused: true } } : p2 || { meta: { paused: false } };
          }, this.paused = function() {
            return f2;
          }, this.pause = function() {
            f2 = true, s2.abort(), n3 = U(m2.chunk) ? "" : n3.substring(s2.getCharIndex());
          }, this.resume = function() {
            i3.streamer._halted ? (f2 = false, i3.streamer.parseChunk(n3, true)) : setTimeout(i3.resume, 3);
          }, this.aborted = function() {
            return e;
          }, this.abort = function() {
            e = true, s2.abort(), p2.meta.aborted = true, U(m2.complete) && m2.complete(p2), n3 = "";
          }, this.guessLineEndings = function(e2, t2) {
            e2 = e2.substring(0, 1048576);
            var t2 = new RegExp(P(t2) + "([^]*?)" + P(t2), "gm"), i4 = (e2 = e2.replace(t2, "")).split("\r"), t2 = e2.split("\n"), e2 = 1 < t2.length && t2[0].length < i4[0].length;
            if (1 === i4.length || e2) return "\n";
            for (var r3 = 0, n4 = 0; n4 < i4.length; n4++) "\n" === i4[n4][0] && r3++;
            return r3 >= i4.length / 2 ? "\r\n" : "\r";
          };
        }
        function P(e) {
          return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        }
        function b(C) {
          var S = (C = C || {}).delimiter, O = C.newline, x2 = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L = false, F = null == C.quoteChar ? '"' : C.quoteChar, z = F;
          if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x2 === S) throw new Error("Comment character same as delimiter");
          true === x2 ? x2 = "#" : ("string" != typeof x2 || -1 < w.BAD_DELIMITERS.indexOf(x2)) && (x2 = false), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
          var M = 0, j = false;
          this.parse = function(i3, t, r2) {
            if ("string" != typeof i3) throw new Error("Input must be a string");
            var n3 = i3.length, e = S.length, s2 = O.length, a2 = x2.length, o2 = U(T), h2 = [], u2 = [], d2 = [], l2 = M = 0;
            if (!i3) return v();
            if (A || false !== A && -1 === i3.indexOf(F)) {
              for (var f2 = i3.split(O), c2 = 0; c2 < f2.length; c2++) {
                if (d2 = f2[c2], M += d2.length, c2 !== f2.length - 1) M += O.length;
                else if (r2) return v();
                if (!x2 || d2.substring(0, a2) !== x2) {
                  if (o2) {
                    if (h2 = [], k(d2.split(S)), R(), j) return v();
                  } else k(d2.split(S));
                  if (I && I <= c2) return h2 = h2.slice(0, I), v(true);
                }
              }
              return v();
            }
            for (var p2 = i3.indexOf(S, M), _2 = i3.indexOf(O, M), g2 = new RegExp(P(z) + P(F), "g"), m2 = i3.indexOf(F, M); ; ) if (i3[M] === F) for (m2 = M, M++; ; ) {
              if (-1 === (m2 = i3.indexOf(F, m2 + 1))) return r2 || u2.push({ type: "Quotes", code: "MissingQuotes", message: "Quoted field unterminated", row: h2.length, index: M }), b3();
              if (m2 === n3 - 1) return b3(i3.substring(M, m2).replace(g2, F));
              if (F === z && i3[m2 + 1] === z) m2++;
              else if (F === z || 0 === m2 || i3[m2 - 1] !== z) {
                -1 !== p2 && p2 < m2 + 1 && (p2 = i3.indexOf(S, m2 + 1));
                var y = w2(-1 === (_2 = -1 !== _2 && _2 < m2 + 1 ? i3.indexOf(O, m2 + 1) : _2) ? p2 : Math.min(p2, _2));
                if (i3.substr(m2 + 1 + y, e) === S) {
                  d2.push(i3.substring(M, m2).replace(g2, F)), i3[M = m2 + 1 + y + e] !== F && (m2 = i3.indexOf(F, M)), -1 !== p2 && p2 < M && (p2 = i3.indexOf(S, M)), -1 !== _2 && _2 < M && (_2 = i3.indexOf(O, M));
                  break;
                }
                y = w2(_2);
                if (i3.substring(m2 + 1 + y, m2 + 1 + y + s2) === O) {
                  if (d2.push(i3.substring(M, m2).replace(g2, F)), E2(m2 + 1 + y + s2), -1 !== p2 && p2 < M && (p2 = i3.indexOf(S, M)), m2 = i3.indexOf(F, M), o2 && (R(), j)) return v();
                  if (I && h2.length >= I) return v(true);
                  break;
                }
                u2.push({ type: "Quotes", code: "InvalidQuotes", message: "Trailing quote on quoted field is malformed", row: h2.length, index: M }), m2++;
              }
            }
            else if (x2 && 0 === d2.length && i3.substring(M, M + a2) === x2) {
              if (-1 === _2) return v();
              M = _2 + s2, _2 = i3.indexOf(O, M), -1 !== p2 && p2 < M && (p2 = i3.indexOf(S, M));
            } else if (-1 !== p2 && (p2 < _2 || -1 === _2)) d2.push(i3.substring(M, p2)), M = p2 + e, p2 = i3.indexOf(S, M);
            else {
              if (-1 === _2) break;
              if (d2.push(i3.substring(M, _2)), E2(_2 + s2), o2 && (R(), j)) return v();
              if (I && h2.length >= I) return v(true);
            }
            return b3();
            function k(e2) {
              h2.push(e2), l2 = M;
            }
            function w2(e2) {
              var t2 = 0;
              return t2 = -1 !== e2 && (e2 = i3.substring(m2 + 1, e2)) && "" === e2.trim() ? e2.length : t2;
            }
            function b3(e2) {
              return r2 || (void 0 === e2 && (e2 = i3.substring(M)), d2.push(e2), M = n3, k(d2), o2 && R()), v();
            }
            function E2(e2) {
              M = e2, k(d2), d2 = [], _2 = i3.indexOf(O, M);
            }
            function v(e2) {
              if (C.header && !t && h2.length && !L) {
                var s3 = h2[0], a3 = /* @__PURE__ */ Object.create(null), o3 = new Set(s3);
                let n4 = false;
                for (let r3 = 0; r3 < s3.length; r3++) {
                  let i4 = q(s3[r3]);
                  if (a3[i4 = U(C.transformHeader) ? C.transformHeader(i4, r3) : i4]) {
                    let e3, t2 = a3[i4];
                    for (; e3 = i4 + "_" + t2, t2++, o3.has(e3); ) ;
                    o3.add(e3), s3[r3] = e3, a3[i4]++, n4 = true, (D = null === D ? {} : D)[e3] = i4;
                  } else a3[i4] = 1, s3[r3] = i4;
                  o3.add(i4);
                }
                n4 && console.warn("Duplicate headers found and renamed."), L = true;
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
          var t = e.data, i3 = o[t.workerId], r2 = false;
          if (t.error) i3.userError(t.error, t.file);
          else if (t.results && t.results.data) {
            var n3 = { abort: function() {
              r2 = true, _(t.workerId, { data: [], errors: [], meta: { aborted: true } });
            }, pause: g, resume: g };
            if (U(i3.userStep)) {
              for (var s2 = 0; s2 < t.results.data.length && (i3.userStep({ data: t.results.data[s2], errors: t.results.errors, meta: t.results.meta }, n3), !r2); s2++) ;
              delete t.results;
            } else U(i3.userChunk) && (i3.userChunk(t.results, n3, t.file), delete t.results);
          }
          t.finished && !r2 && _(t.workerId, t.results);
        }
        function _(e, t) {
          var i3 = o[e];
          U(i3.userComplete) && i3.userComplete(t), i3.terminate(), delete o[e];
        }
        function g() {
          throw new Error("Not implemented.");
        }
        function E(e) {
          if ("object" != typeof e || null === e) return e;
          var t, i3 = Array.isArray(e) ? [] : {};
          for (t in e) i3[t] = E(e[t]);
          return i3;
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
          var i3 = (t = t || {}).dynamicTyping || false;
          U(i3) && (t.dynamicTypingFunction = i3, i3 = {});
          if (t.dynamicTyping = i3, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
            var i3 = parseInt(t.downloadTimeout);
            if (isNaN(i3)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
            t.downloadTimeout = i3;
          }
          if (!t.worker || !w.WORKERS_SUPPORTED) return i3 = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i3 = new (t.download ? d : f)(t)) : true === e.readable && U(e.read) && U(e.on) ? i3 = new c(t) : (n2.File && e instanceof File || e instanceof Object) && (i3 = new l(t)), i3.stream(e);
          (i3 = (() => {
            var e2;
            return !!w.WORKERS_SUPPORTED && (e2 = (() => {
              var e3 = n2.URL || n2.webkitURL || null, t2 = r.toString();
              return w.BLOB_URL || (w.BLOB_URL = e3.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", t2, ")();"], { type: "text/javascript" })));
            })(), (e2 = new n2.Worker(e2)).onmessage = p, e2.id = h++, o[e2.id] = e2);
          })()).userStep = t.step, i3.userChunk = t.chunk, i3.userComplete = t.complete, i3.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i3.postMessage({ input: e, config: t, workerId: i3.id });
        }, w.unparse = function(e, t) {
          var s2 = false, g2 = true, m2 = ",", y = "\r\n", a2 = '"', o2 = a2 + a2, i3 = false, r2 = null, h2 = false, u2 = ((() => {
            if ("object" == typeof t) {
              if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e2) {
                return -1 !== t.delimiter.indexOf(e2);
              }).length || (m2 = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s2 = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i3 = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a2 = t.quoteChar, o2 = a2 + a2), "boolean" == typeof t.header && (g2 = t.header), Array.isArray(t.columns)) {
                if (0 === t.columns.length) throw new Error("Option columns is empty");
                r2 = t.columns;
              }
              void 0 !== t.escapeChar && (o2 = t.escapeChar + a2), t.escapeFormulae instanceof RegExp ? h2 = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h2 = /^[=+\-@\t\r].*$/);
            }
          })(), new RegExp(P(a2), "g"));
          "string" == typeof e && (e = JSON.parse(e));
          if (Array.isArray(e)) {
            if (!e.length) return n3(r2, e, i3);
            if (Array.isArray(e[0])) return n3(null, e, i3);
            if ("object" == typeof e[0]) return n3(r2 || Object.keys(e[0]), e, i3);
          } else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r2), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n3(e.fields || [], e.data || [], i3);
          throw new Error("Unable to serialize unrecognized input");
          function n3(e2, t2, i4) {
            var r3 = "", n4 = ("string" == typeof e2 && (e2 = JSON.parse(e2)), "string" == typeof t2 && (t2 = JSON.parse(t2)), Array.isArray(e2) && 0 < e2.length), s3 = !Array.isArray(t2[0]);
            if (n4 && g2) {
              for (var a3 = 0; a3 < e2.length; a3++) 0 < a3 && (r3 += m2), r3 += k(e2[a3], a3);
              0 < t2.length && (r3 += y);
            }
            for (var o3 = 0; o3 < t2.length; o3++) {
              var h3 = (n4 ? e2 : t2[o3]).length, u3 = false, d2 = n4 ? 0 === Object.keys(t2[o3]).length : 0 === t2[o3].length;
              if (i4 && !n4 && (u3 = "greedy" === i4 ? "" === t2[o3].join("").trim() : 1 === t2[o3].length && (null == t2[o3][0] || 0 === t2[o3][0].length)), "greedy" === i4 && n4) {
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
                o3 < t2.length - 1 && (!i4 || 0 < h3 && !d2) && (r3 += y);
              }
            }
            return r3;
          }
          function k(e2, t2) {
            var i4, r3, n4;
            return null == e2 ? "" : e2.constructor === Date ? isNaN(e2.getTime()) ? "" : e2.toISOString() : (n4 = false, i4 = e2.toString(), h2 && "number" != typeof e2 && "bigint" != typeof e2 && "boolean" != typeof e2 && h2.test(i4) && (e2 = i4 = "'" + i4, n4 = true), r3 = i4.replace(u2, o2), (n4 = n4 || true === s2 || "function" == typeof s2 && s2(e2, t2) || Array.isArray(s2) && s2[t2] || ((e3, t3) => {
              for (var i5 = 0; i5 < t3.length; i5++) if (-1 < e3.indexOf(t3[i5])) return true;
              return false;
            })(r3, w.BAD_DELIMITERS) || -1 < r3.indexOf(m2) || -1 < i4.indexOf(a2) || " " === r3.charAt(0) || " " === r3.charAt(r3.length - 1)) ? a2 + r3 + a2 : r3);
          }
        }, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "\uFEFF", w.BAD_DELIMITERS = ["\r", "\n", '"', w.BYTE_ORDER_MARK], w.WORKERS_SUPPORTED = !s && !!n2.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i2, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n2.onmessage = function(e) {
          e = e.data;
          void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
          "string" == typeof e.input ? n2.postMessage({ workerId: w.WORKER_ID, results: w.parse(e.input, e.config), finished: true }) : (n2.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n2.postMessage({ workerId: w.WORKER_ID, results: e, finished: true });
        }), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
      });
    })(papaparse_min$2);
    return papaparse_min$2.exports;
  }
  var papaparse_minExports = requirePapaparse_min();
  const Papa = /* @__PURE__ */ getDefaultExportFromCjs(papaparse_minExports);
  const papaparse_min = /* @__PURE__ */ _mergeNamespaces({
    __proto__: null,
    default: Papa
  }, [papaparse_minExports]);
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
  const carrierBadge = {
    kind: "carrier-badge",
    include: (page) => page.kind === "order-list" || page.kind === "order-detail",
    update(rows, ctx) {
      const keep = /* @__PURE__ */ new Set();
      for (const row of rows) {
        const badge = ctx.enrichment.get(row)?.badge;
        if (!badge) continue;
        keep.add(row.orderId);
        ctx.hints.upsert(row.orderId, row.anchor, `${JSON.stringify(badge)}|${ctx.locale}`, (root) => renderBadge(root, badge, ctx.locale));
      }
      for (const row of rows) keep.add(row.orderId);
      ctx.hints.prune(keep);
    }
  };
  function summaryText(badge, locale) {
    if (badge.eligibleCount === 0) {
      const first = badge.excluded[0];
      const why = first ? `: ${localize(first.carrierName, locale)} — ${first.reasons.map((r) => localize(r.text, locale)).join("; ")}` : "";
      return localize(contentMessages.badgeNone, locale) + why;
    }
    const parts = [localize(fillLocalized(contentMessages.badgeEligible, { count: badge.eligibleCount }), locale)];
    if (badge.cheapest) {
      const price = formatMoney(badge.cheapest.totalMinor, badge.cheapest.currency, badge.cheapest.exponent);
      parts.push(localize(fillLocalized(contentMessages.badgeCheapest, { carrier: localize(badge.cheapest.carrierName, locale), price }), locale));
    } else parts.push(localize(badge.needsWeight ? contentMessages.badgeNeedsWeight : contentMessages.badgeNoPrice, locale));
    return parts.join(" · ");
  }
  function renderBadge(root, badge, locale) {
    const none = badge.eligibleCount === 0;
    const summary = summaryText(badge, locale);
    const defaults = badge.usedDefaults.map((d) => localize(d === "weight" ? contentMessages.badgeDefaultWeight : d === "dimensions" ? contentMessages.badgeDefaultSize : contentMessages.badgeDefaultDestination, locale));
    const tip = el("span", { className: "tip", attrs: { role: "tooltip", id: "reasons" } });
    if (defaults.length) tip.append(el("div", { text: localize(fillLocalized(contentMessages.badgeDefaults, { what: defaults.join(", ") }), locale) }));
    if (badge.noRate.length) tip.append(el("div", { text: localize(fillLocalized(contentMessages.badgeNoRateList, { carriers: badge.noRate.map((c) => localize(c.carrierName, locale)).join(", ") }), locale) }));
    if (badge.excluded.length) {
      tip.append(el("div", { className: "label", text: localize(contentMessages.badgeWhyNot, locale) }));
      tip.append(el("ul", {}, ...badge.excluded.map((e) => el("li", { text: `${localize(e.carrierName, locale)}: ${e.reasons.map((r) => `${localize(r.text, locale)} (${r.source})`).join("; ")}` }))));
    }
    root.append(
      el(
        "span",
        { className: "wrap" },
        el("span", { className: `hint one-line ${none ? "error" : "info"}`, text: `${summary}${defaults.length ? " *" : ""}`, attrs: { tabindex: "0", role: "note", "aria-label": `${localize(contentMessages.badgeLabel, locale)}: ${summary}`, "aria-describedby": "reasons" } }),
        tip
      )
    );
  }
  const GRAMS = { g: 1, kg: 1e3, lb: 453.59237, oz: 28.349523125 };
  const MILLIMETRES = { mm: 1, cm: 10, in: 25.4 };
  const DEBOUNCE_MS = 300;
  function readNumber(input) {
    if (!input) return void 0;
    const value = Number(input.value.trim().replace(",", "."));
    return Number.isFinite(value) && value > 0 ? value : void 0;
  }
  function parcelFrom(fields, row) {
    const weight = readNumber(fields.weight?.input);
    const weightGrams = weight !== void 0 && fields.weight ? Math.round(weight * GRAMS[fields.weight.unit]) : row?.weightGrams;
    const sides = [fields.length, fields.width, fields.height].map((f) => f ? readNumber(f.input) && Math.round(readNumber(f.input) * MILLIMETRES[f.unit]) : void 0);
    const [length, width, height] = sides;
    const dimensionsMm2 = length && width && height ? { length, width, height } : row?.dimensionsMm;
    return { ...weightGrams ? { weightGrams } : {}, ...dimensionsMm2 ? { dimensionsMm: dimensionsMm2 } : {} };
  }
  function formAnchor(fields) {
    const inputs = [fields.weight, fields.length, fields.width, fields.height].flatMap((f) => f ? [f.input] : []);
    let node2 = inputs[0] ?? null;
    while (node2 && !inputs.every((input) => node2.contains(input))) node2 = node2.parentElement;
    return node2 ?? void 0;
  }
  const states = /* @__PURE__ */ new WeakMap();
  const feeEstimate = {
    kind: "fee-estimate",
    include: (page) => page.kind === "order-detail" || page.kind === "order-list",
    update(rows, ctx) {
      const state = states.get(ctx) ?? { requestKey: "", watched: /* @__PURE__ */ new WeakSet() };
      states.set(ctx, state);
      const fields = findParcelFormFields(document);
      const anchor2 = formAnchor(fields);
      const row = (anchor2 && rows.find((r) => r.rows.some((part) => part.contains(anchor2) || anchor2.contains(part)))) ?? (ctx.page.kind === "order-detail" ? rows.find((r) => r.orderId === ctx.page.orderId) ?? rows[0] : void 0);
      const orderId2 = row?.orderId ?? ctx.page.orderId;
      const at = anchor2 ?? (ctx.page.kind === "order-detail" ? row?.anchor : void 0);
      if (!orderId2 || !at) return ctx.hints.prune(/* @__PURE__ */ new Set());
      watchInputs(fields, state, ctx);
      const request = {
        market: ctx.page.market ?? "",
        ...parcelFrom(fields, row),
        ...row?.destination ? { destination: row.destination } : {}
      };
      const key = JSON.stringify(request);
      if (key !== state.requestKey && request.market) {
        state.requestKey = key;
        sendMessage("quote-parcel", request).then((view2) => {
          if (state.requestKey !== key || ctx.signal.aborted) return;
          state.view = view2;
          ctx.requestUpdate();
        }).catch(() => void 0);
      }
      if (!state.view) return;
      const view = state.view;
      ctx.hints.upsert(orderId2, at, `${JSON.stringify(view)}|${ctx.locale}`, (root) => renderEstimate(root, view, request.weightGrams !== void 0, ctx.locale));
      ctx.hints.prune(/* @__PURE__ */ new Set([orderId2]));
    }
  };
  function watchInputs(fields, state, ctx) {
    for (const field of [fields.weight, fields.length, fields.width, fields.height]) {
      if (!field || state.watched.has(field.input)) continue;
      state.watched.add(field.input);
      const onInput = () => {
        if (state.timer) clearTimeout(state.timer);
        state.timer = window.setTimeout(ctx.requestUpdate, DEBOUNCE_MS);
      };
      field.input.addEventListener("input", onInput, { signal: ctx.signal, passive: true });
      field.input.addEventListener("change", onInput, { signal: ctx.signal, passive: true });
    }
  }
  function kg(grams) {
    return `${(grams / 1e3).toFixed(grams % 100 === 0 ? 1 : 3).replace(/0+$/, "").replace(/\.$/, "")} kg`;
  }
  function renderEstimate(root, view, hasWeight, locale) {
    const best = view.eligible[0];
    const box = el("div", { className: `hint ${best ? "info" : "warning"}`, attrs: { role: "region", "aria-label": localize(contentMessages.feeTitle, locale) } });
    root.append(box);
    if (!best) {
      box.append(el("span", { className: "label", text: `${localize(contentMessages.feeTitle, locale)}:` }), el("span", { text: localize(hasWeight ? contentMessages.feeNone : contentMessages.feeNoWeight, locale) }));
      return;
    }
    const money = (minor) => formatMoney(minor, best.currency, best.currencyExponent);
    box.append(
      el("span", { className: "label", text: `${localize(contentMessages.feeTitle, locale)} · ${localize(best.carrierName, locale)}: ${money(best.totalMinor)}${best.estimate ? ` (${localize(contentMessages.feeEstimateNote, locale)})` : ""}` }),
      el("span", { text: localize(fillLocalized(contentMessages.feeChargeable, { weight: kg(best.chargeableWeightGrams) }), locale) })
    );
    if (best.volumetricWeightGrams !== null && best.volumetricWeightGrams > best.actualWeightGrams) {
      const diff = best.volumetricWeightGrams - best.actualWeightGrams;
      box.append(el("div", { className: "label", text: `⚠ ${localize(fillLocalized(contentMessages.feeVolumetricOver, { volumetric: kg(best.volumetricWeightGrams), actual: kg(best.actualWeightGrams), diff: kg(diff) }), locale)}` }));
    }
    const table = el("table", {}, ...best.lines.map((line) => el("tr", {}, el("td", { text: localize(line.explanation, locale) }), el("td", { className: "num", text: money(line.amountMinor) }))));
    table.append(el("tr", {}, el("td", { className: "label", text: localize(contentMessages.feeTotal, locale) }), el("td", { className: "num label", text: money(best.totalMinor) })));
    box.append(table);
    for (const warning of best.warnings) box.append(el("div", { text: `• ${localize(warning.text, locale)}` }));
    if (view.usedDefaults.length) {
      const what = view.usedDefaults.map((d) => localize(d === "weight" ? contentMessages.badgeDefaultWeight : d === "dimensions" ? contentMessages.badgeDefaultSize : contentMessages.badgeDefaultDestination, locale));
      box.append(el("div", { text: `* ${localize(fillLocalized(contentMessages.badgeDefaults, { what: what.join(", ") }), locale)}` }));
    }
  }
  const MIN_DPI = 203;
  function ordersOfClick(button, ctx) {
    const rows = extractOrders(document, ctx.page);
    const own2 = rows.find((row) => row.rows.some((part) => part.contains(button)));
    if (own2) return [own2.orderId];
    if (ctx.page.orderId) return [ctx.page.orderId];
    return rows.filter((row) => row.rows.some((part) => part.querySelector('input[type="checkbox"]:checked'))).map((row) => row.orderId);
  }
  const printerDpi = /* @__PURE__ */ new WeakMap();
  const labelPrint = {
    kind: "label-quality",
    include: (page) => page.kind === "order-list" || page.kind === "order-detail" || page.kind === "shipping-labels",
    init(ctx) {
      document.addEventListener(
        "click",
        (event) => {
          const target = event.target instanceof Element ? event.target : null;
          if (!target) return;
          const button = findPrintLabelButtons(document).find((b) => b.contains(target));
          if (!button) return;
          const orderIds = ordersOfClick(button, ctx).slice(0, 600);
          if (orderIds.length) void sendMessage("record-label-click", { orderIds }).catch(() => void 0);
        },
        { capture: true, passive: true, signal: ctx.signal }
      );
      sendMessage("page-settings", {}).then((settings) => {
        printerDpi.set(ctx, settings.printerDpi);
        ctx.requestUpdate();
      }).catch(() => void 0);
    },
    update(_rows, ctx) {
      if (!printerDpi.has(ctx)) return;
      const dpi = printerDpi.get(ctx) ?? null;
      const button = findPrintLabelButtons(document)[0];
      const show2 = button && (dpi === null ? ctx.page.kind === "shipping-labels" : dpi < MIN_DPI);
      if (!show2) return ctx.hints.prune(/* @__PURE__ */ new Set());
      const text = dpi === null ? localize(contentMessages.printerUnknown, ctx.locale) : localize(fillLocalized(contentMessages.printerLow, { dpi }), ctx.locale);
      ctx.hints.upsert("page", button, `${dpi}|${ctx.locale}`, (root) => root.append(el("span", { className: `hint ${dpi === null ? "info" : "error"}`, text, attrs: { role: "note" } })));
      ctx.hints.prune(/* @__PURE__ */ new Set(["page"]));
    }
  };
  const TONE = { critical: "error", high: "error", medium: "warning", low: "info", info: "info", unknown: "info" };
  const pendingDiagnosis = {
    kind: "pending-diagnosis",
    include: (page) => page.kind === "order-detail" || page.kind === "order-list" && page.isToShip,
    update(rows, ctx) {
      const keep = /* @__PURE__ */ new Set();
      for (const row of rows) {
        const enrichment = ctx.enrichment.get(row);
        if (!enrichment) {
          keep.add(row.orderId);
          continue;
        }
        const finding = enrichment.diagnosis;
        if (!finding) continue;
        keep.add(row.orderId);
        ctx.hints.upsert(row.orderId, row.anchor, `${JSON.stringify(finding)}|${ctx.locale}`, (root) => renderDiagnosis(root, row.orderId, finding, ctx.locale));
      }
      ctx.hints.prune(keep);
    }
  };
  function renderDiagnosis(root, orderId2, finding, locale) {
    const title = localize(finding.title, locale);
    const open2 = el("button", { text: localize(contentMessages.diagnosisOpen, locale), attrs: { type: "button", "aria-label": `${localize(contentMessages.diagnosisOpen, locale)}: ${orderId2}` } });
    open2.addEventListener("click", (event) => {
      event.stopPropagation();
      void sendMessage("open-troubleshooting", { orderId: orderId2 }).catch(() => void 0);
    });
    root.append(
      el(
        "span",
        { className: "wrap" },
        el(
          "span",
          { className: `hint nowrap ${TONE[finding.severity]}`, attrs: { role: "note", "aria-label": `${localize(contentMessages.diagnosisLabel, locale)} ${title}`, "data-code": finding.code } },
          el("span", { className: "one-line label", text: title, attrs: { tabindex: "0", "aria-describedby": "finding" } }),
          open2
        ),
        el("span", { className: "tip", attrs: { role: "tooltip", id: "finding" } }, el("div", { text: localize(finding.detail, locale) }), el("div", { text: `${localize(contentMessages.diagnosisFix, locale)} ${localize(finding.fix, locale)}` }), el("div", { text: finding.source }))
      )
    );
  }
  const uploadMessages = {
    // Bad files: one text per `UploadFileErrorCode`.
    errorEmptyFile: { en: 'The file "{name}" is empty.', zh: "文件“{name}”是空的。" },
    errorTooLarge: {
      en: 'The file "{name}" is {sizeMb} MB; files over {maxMb} MB are not checked.',
      zh: "文件“{name}”大小为 {sizeMb} MB，超过 {maxMb} MB 的文件不做检查。"
    },
    errorLegacyXls: {
      en: '"{name}" is an old Excel 97–2003 (.xls) workbook, which cannot be checked. Save it as an .xlsx workbook or as CSV, then choose it again.',
      zh: "“{name}”是旧版 Excel 97–2003（.xls）工作簿，无法检查。请另存为 .xlsx 工作簿或 CSV 后重新选择。"
    },
    errorNotSpreadsheet: {
      en: '"{name}" is not a spreadsheet: choose the .xlsx or .csv tracking upload template.',
      zh: "“{name}”不是表格文件：请选择 .xlsx 或 .csv 格式的物流单号上传模板。"
    },
    errorCorruptXlsx: {
      en: '"{name}" could not be opened as an .xlsx workbook (it may be damaged or password-protected): {detail}',
      zh: "无法以 .xlsx 工作簿打开“{name}”（文件可能已损坏或设有密码）：{detail}"
    },
    errorUnreadableText: {
      en: 'The text of "{name}" could not be read (unknown character encoding). Save it as "CSV UTF-8" and choose it again.',
      zh: "无法读取“{name}”的文字（未知字符编码）。请另存为“CSV UTF-8”后重新选择。"
    },
    errorNoTrackingColumn: {
      en: 'No tracking number column in "{name}": none of the first {rows} rows has a header such as "Tracking ID", "Tracking number", "物流单号" or "运单号".',
      zh: "“{name}”中没有物流单号列：前 {rows} 行中没有“Tracking ID”“Tracking number”“物流单号”或“运单号”等表头。"
    },
    errorNoRows: {
      en: '"{name}" has the header row (row {row}) but no orders below it.',
      zh: "“{name}”只有表头（第 {row} 行），下面没有订单。"
    },
    errorNothingToFix: { en: "There is nothing certain to fix in this file.", zh: "此文件中没有可以确定自动修正的内容。" },
    errorCopyFailed: {
      en: "A corrected copy could not be made safely, so none is offered ({detail}). Fix the rows by hand.",
      zh: "无法安全生成更正后的副本，因此不提供下载（{detail}）。请手动修正这些行。"
    },
    // Issue classes lib/upload adds to lib/waybill's codes.
    titleNumberLostDigits: { en: "Stored as a number: digits lost", zh: "以数字格式保存：位数已丢失" },
    titleMissingOrderId: { en: "Order ID missing", zh: "缺少订单号" },
    titleSplitOrder: { en: "One order, several tracking numbers", zh: "同一订单有多个物流单号" },
    titleDuplicate: { en: "Same tracking number on several orders", zh: "多个订单使用同一物流单号" },
    issueNumberLostDigits: {
      en: "The {column} cell is stored as a number ({value}). Excel keeps only 15 digits, so the real number is lost: format the column as Text and re-enter it from the label.",
      zh: "{column}单元格以数字格式保存（{value}）。Excel 只保留 15 位数字，原号码已丢失：请把该列设为“文本”格式后按面单重新输入。"
    },
    issueMissingOrderId: {
      en: "This row has a tracking number but no order ID, so the upload cannot match it to an order.",
      zh: "此行有物流单号但没有订单号，上传时无法对应到订单。"
    },
    issueSplitOrder: {
      en: "Order {order} has {count} different tracking numbers (rows {rows}). Split orders cannot be uploaded in bulk: add their tracking on the order page.",
      zh: "订单 {order} 有 {count} 个不同的物流单号（第 {rows} 行）。拆分发货的订单不能批量上传：请在订单页面分别填写物流单号。"
    },
    issueDuplicate: {
      en: "The same tracking number {number} is on orders {orders} (rows {rows}). One label belongs to one order.",
      zh: "订单 {orders}（第 {rows} 行）使用了同一个物流单号 {number}。一张面单只对应一个订单。"
    },
    columnOrderId: { en: "order ID", zh: "订单号" },
    columnTracking: { en: "tracking number", zh: "物流单号" },
    // The summary.
    summaryTitle: { en: "Tracking upload check", zh: "物流单号上传检查" },
    summaryReading: { en: 'Checking "{name}"…', zh: "正在检查“{name}”…" },
    summaryAllOk: { en: "All {rows} rows OK", zh: "全部 {rows} 行均无问题" },
    summaryCounts: {
      en: "{rows} rows checked: {ok} OK, {defective} with problems",
      zh: "已检查 {rows} 行：{ok} 行正常，{defective} 行有问题"
    },
    summarySheet: { en: 'Sheet "{sheet}", header on row {row}', zh: "工作表“{sheet}”，表头在第 {row} 行" },
    summaryHeaderRow: { en: "Header on row {row}", zh: "表头在第 {row} 行" },
    summaryRows: { en: "rows {rows}", zh: "第 {rows} 行" },
    summaryMoreRows: { en: "{rows} and {count} more", zh: "{rows} 等（另有 {count} 行）" },
    summaryByClass: { en: "Problems by kind", zh: "问题分类" },
    summaryCertain: { en: "fixed in the corrected copy", zh: "已在更正副本中修正" },
    summaryNotes: {
      en: "Format not verifiable (no public format for the carrier), not counted as problems: {rows}",
      zh: "无法校验格式（该承运商没有公开的单号格式），不计为问题：{rows}"
    },
    summaryDownload: { en: "Download corrected copy ({count} rows fixed)", zh: "下载更正后的副本（已修正 {count} 行）" },
    summaryDownloadNote: {
      en: "Only spaces, line breaks, invisible characters, full-width and lowercase letters were fixed; every other cell, format and sheet is unchanged. Choose the corrected copy to upload it.",
      zh: "仅修正了空格、换行、不可见字符、全角字符和小写字母；其他单元格、格式和工作表均未改动。请选择更正后的副本上传。"
    },
    summarySkipped: {
      en: "Not fixed automatically (the cell holds a formula or could not be located): rows {rows}",
      zh: "未自动修正（单元格含公式或无法定位）：第 {rows} 行"
    },
    summaryNeedsHuman: { en: "Needs your check ({count} rows)", zh: "需要人工核对（{count} 行）" },
    summaryNeedsHumanList: { en: "Rows that need your check", zh: "需要人工核对的行" },
    summaryNeedsHumanRow: { en: 'Row {row} · order {order} · "{raw}": {issue}', zh: "第 {row} 行 · 订单 {order} · “{raw}”：{issue}" },
    summaryNoOrder: { en: "(none)", zh: "（无）" },
    summaryMoreIssues: { en: "(+{count} more)", zh: "（另有 {count} 项）" },
    summaryMoreHumanRows: { en: "… and {count} more rows", zh: "……另有 {count} 行" },
    summaryRevision: {
      en: "Tracking numbers can be revised only once, within 72 hours of upload: fix them before uploading.",
      zh: "物流单号上传后只能在 72 小时内修改一次：请在上传前修正。"
    },
    summaryNotBlocked: { en: "The check does not block or change your upload.", zh: "此检查不会阻止或更改您的上传。" },
    dropFailed: { en: "The check failed unexpectedly: {detail}", zh: "检查意外失败：{detail}" }
  };
  function decodeStrict(bytes, label) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      return void 0;
    }
  }
  function decodeCsvBytes(bytes) {
    if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
      const text = decodeStrict(bytes.subarray(3), "utf-8");
      return text === void 0 ? void 0 : { text, encoding: "utf-8", bomBytes: 3 };
    }
    if (bytes[0] === 255 && bytes[1] === 254) {
      const text = decodeStrict(bytes.subarray(2), "utf-16le");
      return text === void 0 ? void 0 : { text, encoding: "utf-16le", bomBytes: 2 };
    }
    if (bytes[0] === 254 && bytes[1] === 255) {
      const text = decodeStrict(bytes.subarray(2), "utf-16be");
      return text === void 0 ? void 0 : { text, encoding: "utf-16be", bomBytes: 2 };
    }
    const utf8 = decodeStrict(bytes, "utf-8");
    if (utf8 !== void 0) return { text: utf8, encoding: "utf-8", bomBytes: 0 };
    const gb = decodeStrict(bytes, "gb18030");
    return gb === void 0 ? void 0 : { text: gb, encoding: "gb18030", bomBytes: 0 };
  }
  function stepAt(bytes, i2, encoding) {
    const b = bytes[i2];
    switch (encoding) {
      case "utf-16le":
      case "utf-16be":
        return { bytes: 2, units: 1 };
      case "utf-8":
        if (b < 128) return { bytes: 1, units: 1 };
        if (b < 224) return { bytes: 2, units: 1 };
        if (b < 240) return { bytes: 3, units: 1 };
        return { bytes: 4, units: 2 };
      case "gb18030": {
        if (b < 129 || b === 255) return { bytes: 1, units: 1 };
        const second = bytes[i2 + 1] ?? 0;
        if (second >= 48 && second <= 57) {
          const units = new TextDecoder("gb18030").decode(bytes.subarray(i2, i2 + 4)).length;
          return { bytes: 4, units };
        }
        return { bytes: 2, units: 1 };
      }
    }
  }
  function byteOffsetsOf(bytes, decoded, offsets) {
    const result2 = [];
    let unit = 0;
    let i2 = decoded.bomBytes;
    let k = 0;
    while (k < offsets.length) {
      const want = offsets[k];
      if (unit >= want || i2 >= bytes.length) {
        result2.push(i2);
        k++;
        continue;
      }
      const step = stepAt(bytes, i2, decoded.encoding);
      i2 += step.bytes;
      unit += step.units;
    }
    return result2;
  }
  function encodeAscii(text, encoding) {
    if (encoding === "utf-16le" || encoding === "utf-16be") {
      const out = new Uint8Array(text.length * 2);
      for (let i2 = 0; i2 < text.length; i2++) {
        const code = text.charCodeAt(i2);
        out[2 * i2 + (encoding === "utf-16le" ? 0 : 1)] = code & 255;
        out[2 * i2 + (encoding === "utf-16le" ? 1 : 0)] = code >> 8;
      }
      return out;
    }
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  function scanCsvFields(text, delimiter) {
    const records = [];
    let record2 = [];
    let i2 = 0;
    const n2 = text.length;
    while (i2 <= n2) {
      const start = i2;
      let value = "";
      let quoted = false;
      if (text[i2] === '"') {
        quoted = true;
        i2++;
        while (i2 < n2) {
          if (text[i2] === '"') {
            if (text[i2 + 1] === '"') {
              value += '"';
              i2 += 2;
              continue;
            }
            i2++;
            break;
          }
          value += text[i2];
          i2++;
        }
        while (i2 < n2 && !text.startsWith(delimiter, i2) && text[i2] !== "\n" && text[i2] !== "\r") value += text[i2++];
      } else {
        while (i2 < n2 && !text.startsWith(delimiter, i2) && text[i2] !== "\n" && text[i2] !== "\r") value += text[i2++];
      }
      record2.push({ start, end: i2, quoted, value });
      if (i2 >= n2) {
        records.push(record2);
        break;
      }
      if (text.startsWith(delimiter, i2)) {
        i2 += delimiter.length;
        continue;
      }
      i2 += text[i2] === "\r" && text[i2 + 1] === "\n" ? 2 : 1;
      records.push(record2);
      record2 = [];
      if (i2 === n2) {
        records.push([{ start: i2, end: i2, quoted: false, value: "" }]);
        break;
      }
    }
    return records;
  }
  const ERROR_TEXTS = {
    "empty-file": uploadMessages.errorEmptyFile,
    "too-large": uploadMessages.errorTooLarge,
    "legacy-xls": uploadMessages.errorLegacyXls,
    "not-a-spreadsheet": uploadMessages.errorNotSpreadsheet,
    "corrupt-xlsx": uploadMessages.errorCorruptXlsx,
    "unreadable-text": uploadMessages.errorUnreadableText,
    "no-tracking-column": uploadMessages.errorNoTrackingColumn,
    "no-rows": uploadMessages.errorNoRows,
    "nothing-to-fix": uploadMessages.errorNothingToFix,
    "copy-failed": uploadMessages.errorCopyFailed
  };
  function makeUploadError(code, values = {}) {
    const text = fillLocalized(ERROR_TEXTS[code], values);
    return { code, message: text.en, text };
  }
  function describeThrown(error2) {
    const text = error2 instanceof Error ? error2.message || error2.name : String(error2);
    return text.replace(/\s+/g, " ").slice(0, 160);
  }
  const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
  const ZIP_MAGIC = [80, 75, 3, 4];
  const OLE_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
  function startsWith(bytes, magic) {
    return bytes.length >= magic.length && magic.every((b, i2) => bytes[i2] === b);
  }
  function sniffFileKind(bytes) {
    if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
    if (startsWith(bytes, OLE_MAGIC)) return "legacy-xls";
    if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) return "csv";
    const head = bytes.subarray(0, 8192);
    return head.includes(0) ? "binary" : "csv";
  }
  function correctedFileName(name, kind) {
    const trimmed = name.trim() || `tracking-upload.${kind}`;
    const dot = trimmed.lastIndexOf(".");
    const stem = dot > 0 ? trimmed.slice(0, dot) : trimmed;
    const ext = dot > 0 ? trimmed.slice(dot + 1) : kind;
    return `${stem}-corrected.${ext}`;
  }
  const TEMPLATE_HEADER_ALIASES = {
    orderId: ["Order ID", "Order number", "Order No", "OrderID", "订单号", "订单编号", "订单ID", "主订单号"],
    skuId: ["SKU ID", "SKUID", "SKU", "SKU编号"],
    tracking: [
      "Tracking number",
      "Tracking ID",
      "Tracking No",
      "Tracking",
      "Tracking code",
      "Waybill number",
      "Waybill No",
      "物流单号",
      "运单号",
      "快递单号",
      "追踪号",
      "跟踪号"
    ],
    provider: [
      "Shipping provider",
      "Shipping provider name",
      "Shipping carrier",
      "Carrier",
      "Carrier name",
      "Logistics provider",
      "物流服务商",
      "物流承运商",
      "物流公司",
      "快递公司",
      "承运商",
      "物流商"
    ]
  };
  const HEADER_SEARCH_ROWS = 50;
  function normalizeHeader(text) {
    const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim()) ?? "";
    return firstLine.normalize("NFKC").replace(new RegExp("\\p{Cf}", "gu"), "").replace(/[([{【〔][^)\]}】〕]*[)\]}】〕]/gu, "").replace(/[*:：]/g, "").toLowerCase().replace(/[\s_\-.]+/g, " ").trim();
  }
  const NORMALIZED_ALIASES = Object.entries(TEMPLATE_HEADER_ALIASES).map(
    ([field, aliases]) => [field, new Set(aliases.map(normalizeHeader))]
  );
  function fieldOfHeader(text) {
    const normalized = normalizeHeader(text);
    if (!normalized) return void 0;
    for (const [field, aliases] of NORMALIZED_ALIASES) if (aliases.has(normalized)) return field;
    return void 0;
  }
  function columnLetter(index2) {
    let n2 = index2 + 1;
    let letters = "";
    while (n2 > 0) {
      const rem = (n2 - 1) % 26;
      letters = String.fromCharCode(65 + rem) + letters;
      n2 = Math.floor((n2 - 1) / 26);
    }
    return letters;
  }
  function findHeaderRow(rowCount, cells) {
    const last = Math.min(rowCount, HEADER_SEARCH_ROWS);
    for (let r = 0; r < last; r++) {
      const found = {};
      cells(r).forEach((text, index2) => {
        const field = text ? fieldOfHeader(text) : void 0;
        if (field && !found[field]) found[field] = { index: index2, letter: columnLetter(index2), header: text };
      });
      const { tracking, ...others } = found;
      if (tracking) return { headerRow: r + 1, columns: { tracking, ...others } };
    }
    return void 0;
  }
  class StoredNumber {
    constructor(stored) {
      this.stored = stored;
    }
    stored;
  }
  function readCell(cell) {
    if (cell === null || cell === void 0 || cell === "") return { text: "", source: "empty" };
    if (typeof cell === "string") return { text: cell, source: "text" };
    if (cell instanceof StoredNumber) return { text: cell.stored, source: "number" };
    if (typeof cell === "number") return { text: String(cell), source: "number" };
    if (cell instanceof Date) return { text: Number.isNaN(cell.getTime()) ? "" : cell.toISOString(), source: "other" };
    return { text: String(cell).toUpperCase(), source: "other" };
  }
  const isBlankCell = (cell) => {
    const { text, source } = readCell(cell);
    return source === "empty" || source === "text" && text.trim() === "";
  };
  const CSV_DELIMITERS = [",", "	", ";", "|"];
  async function readTrackingTemplate(file, name) {
    try {
      return await readTemplate(file, name);
    } catch (error2) {
      return { ok: false, error: makeUploadError("corrupt-xlsx", { name, detail: describeThrown(error2) }) };
    }
  }
  async function readTemplate(file, name) {
    if (!(file instanceof ArrayBuffer) && !(file instanceof Uint8Array)) return { ok: false, error: makeUploadError("not-a-spreadsheet", { name }) };
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
    if (bytes.length === 0) return { ok: false, error: makeUploadError("empty-file", { name }) };
    if (bytes.length > MAX_UPLOAD_BYTES) {
      const sizeMb = (bytes.length / 1024 / 1024).toFixed(1);
      return { ok: false, error: makeUploadError("too-large", { name, sizeMb, maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 }) };
    }
    switch (sniffFileKind(bytes)) {
      case "legacy-xls":
        return { ok: false, error: makeUploadError("legacy-xls", { name }) };
      case "binary":
        return { ok: false, error: makeUploadError("not-a-spreadsheet", { name }) };
      case "xlsx":
        return readXlsxTemplate(bytes, name);
      case "csv":
        return readCsvTemplate(bytes, name);
    }
  }
  function collectRows(grid, match) {
    const rows = [];
    const { columns } = match;
    const at = (cells, column) => column ? readCell(cells[column.index]) : { text: "", source: "empty" };
    for (let r = match.headerRow; r < grid.length; r++) {
      const cells = grid[r] ?? [];
      if (cells.every(isBlankCell)) continue;
      const orderId2 = at(cells, columns.orderId);
      const tracking = at(cells, columns.tracking);
      rows.push({
        row: r + 1,
        orderId: orderId2.text.trim(),
        skuId: at(cells, columns.skuId).text.trim(),
        tracking: tracking.text,
        provider: at(cells, columns.provider).text.trim(),
        stored: { orderId: orderId2.source, tracking: tracking.source },
        trackingColumn: columns.tracking.letter
      });
    }
    return rows;
  }
  function headerTexts(cells) {
    return (cells ?? []).map((cell) => typeof cell === "string" ? cell : "");
  }
  async function readXlsxTemplate(bytes, name) {
    const { default: readXlsxFile2 } = await Promise.resolve().then(() => index);
    let sheets;
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      sheets = await readXlsxFile2(buffer, { trim: false, parseNumber: (stored) => new StoredNumber(stored) });
    } catch (error2) {
      return { ok: false, error: makeUploadError("corrupt-xlsx", { name, detail: describeThrown(error2) }) };
    }
    let best;
    let emptyHeader;
    for (const [i2, sheet2] of sheets.entries()) {
      const grid = sheet2.data;
      const match = findHeaderRow(grid.length, (r) => headerTexts(grid[r]));
      if (!match) continue;
      const rows = collectRows(grid, match);
      if (!rows.length) {
        emptyHeader ??= match;
        continue;
      }
      const score = (match.columns.orderId ? 1e9 : 0) + rows.filter((r) => r.tracking.trim()).length;
      if (!best || score > best.score) best = { score, template: { kind: "xlsx", name, sheet: { index: i2 + 1, name: sheet2.sheet }, ...match, rows, bytes } };
    }
    if (best) return { ok: true, template: best.template };
    if (emptyHeader) return { ok: false, error: makeUploadError("no-rows", { name, row: emptyHeader.headerRow }) };
    return { ok: false, error: makeUploadError("no-tracking-column", { name, rows: HEADER_SEARCH_ROWS }) };
  }
  async function readCsvTemplate(bytes, name) {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded) return { ok: false, error: makeUploadError("unreadable-text", { name }) };
    if (!decoded.text.trim()) return { ok: false, error: makeUploadError("empty-file", { name }) };
    const found = await findCsvHeader(decoded);
    if (!found) return { ok: false, error: makeUploadError("no-tracking-column", { name, rows: HEADER_SEARCH_ROWS }) };
    const grid = await parseCsv(decoded.text, found.delimiter);
    const rows = collectRows(grid, found.match);
    if (!rows.length) return { ok: false, error: makeUploadError("no-rows", { name, row: found.match.headerRow }) };
    const template = {
      kind: "csv",
      name,
      ...found.match,
      rows,
      csv: { encoding: decoded.encoding, delimiter: found.delimiter, bomBytes: decoded.bomBytes },
      bytes
    };
    return { ok: true, template };
  }
  async function parseCsv(text, delimiter, preview = 0) {
    const { default: Papa2 } = await Promise.resolve().then(() => papaparse_min);
    const result2 = Papa2.parse(text, { delimiter, skipEmptyLines: false, dynamicTyping: false, preview });
    return result2.data;
  }
  async function findCsvHeader(decoded) {
    for (const delimiter of CSV_DELIMITERS) {
      const head = await parseCsv(decoded.text, delimiter, HEADER_SEARCH_ROWS);
      const match = findHeaderRow(head.length, (r) => head[r] ?? []);
      if (match) return { delimiter, match };
    }
    return void 0;
  }
  const n = (en2, zh2) => ({ en: en2, zh: zh2 });
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
    for (let i2 = 0; i2 < text.length; i2++) {
      if (!isWaybillCharCode(text.charCodeAt(i2))) return i2;
    }
    return -1;
  }
  function scanCharacters(text) {
    const findings = [];
    let cleaned = "";
    let firstKeptIndex = -1;
    let lastKeptIndex = -1;
    let index2 = 0;
    for (let i2 = 0; i2 < text.length; i2++, index2++) {
      const unit = text.charCodeAt(i2);
      if (isWaybillCharCode(unit)) {
        cleaned += text[i2];
        if (firstKeptIndex < 0) firstKeptIndex = index2;
        lastKeptIndex = index2;
        continue;
      }
      let cp = unit;
      if (unit >= 55296 && unit <= 56319 && i2 + 1 < text.length) {
        const low = text.charCodeAt(i2 + 1);
        if (low >= 56320 && low <= 57343) {
          cp = (unit - 55296) * 1024 + (low - 56320) + 65536;
          i2++;
        }
      }
      const found = classifyCodePoint(cp);
      findings.push({ cls: found, index: index2, codePoint: cp, char: cp >= 55296 && cp <= 57343 ? "" : String.fromCodePoint(cp) });
      if (found.replacement) {
        cleaned += found.replacement;
        if (firstKeptIndex < 0) firstKeptIndex = index2;
        lastKeptIndex = index2;
      }
    }
    return { cleaned, findings, firstKeptIndex, lastKeptIndex };
  }
  const CODE_0 = 48;
  const CODE_9 = 57;
  const CODE_A = 65;
  const CODE_Z = 90;
  function digitAt(text, index2) {
    const code = text.charCodeAt(index2);
    return code >= CODE_0 && code <= CODE_9 ? code - CODE_0 : -1;
  }
  function computeGs1Mod10(data) {
    let sum = 0;
    let weight = 3;
    for (let i2 = data.length - 1; i2 >= 0; i2--) {
      const d = digitAt(data, i2);
      if (d < 0) return void 0;
      sum += d * weight;
      weight = weight === 3 ? 1 : 3;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeUpsMod10(data) {
    let sum = 0;
    for (let i2 = 0; i2 < data.length; i2++) {
      const code = data.charCodeAt(i2);
      let value;
      if (code >= CODE_0 && code <= CODE_9) value = code - CODE_0;
      else if (code >= CODE_A && code <= CODE_Z) value = (code - 3) % 10;
      else return void 0;
      sum += i2 % 2 === 0 ? value : value * 2;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeAlternating12Mod10(data) {
    let sum = 0;
    for (let i2 = 0; i2 < data.length; i2++) {
      const d = digitAt(data, i2);
      if (d < 0) return void 0;
      sum += i2 % 2 === 0 ? d : d * 2;
    }
    return String((10 - sum % 10) % 10);
  }
  function computeFedexMod11(data) {
    let sum = 0;
    let step = 0;
    for (let i2 = data.length - 1; i2 >= 0; i2--) {
      const d = digitAt(data, i2);
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
    for (let i2 = 0; i2 < S10_WEIGHTS.length; i2++) {
      const d = digitAt(serial, i2);
      if (d < 0) return void 0;
      sum += d * S10_WEIGHTS[i2];
    }
    const c = 11 - sum % 11;
    return String(c === 10 ? 0 : c === 11 ? 5 : c);
  }
  function computeMod7(data) {
    let rest = 0;
    for (let i2 = 0; i2 < data.length; i2++) {
      const d = digitAt(data, i2);
      if (d < 0) return void 0;
      rest = (rest * 10 + d) % 7;
    }
    return String(rest);
  }
  const MOD37_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  function computeMod3736(data) {
    let p = 36;
    for (let i2 = 0; i2 < data.length; i2++) {
      const code = data.charCodeAt(i2);
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
    for (let i2 = 0; i2 < body.length; i2++) {
      if (body.startsWith("\\d", i2)) {
        chars += "0123456789";
        i2++;
      } else if (body.charAt(i2 + 1) === "-" && i2 + 2 < body.length) {
        const from = body.charCodeAt(i2);
        const to = body.charCodeAt(i2 + 2);
        for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
        i2 += 2;
      } else if (body.charAt(i2) === "\\") {
        return void 0;
      } else chars += body.charAt(i2);
    }
    return chars;
  }
  function readFirstChars(source) {
    const all = WAYBILL_ALPHABET;
    if (source.startsWith("(?:")) {
      let depth = 0;
      let end = -1;
      for (let i2 = 0; i2 < source.length && end < 0; i2++) {
        const c = source.charAt(i2);
        if (c === "\\") i2++;
        else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) end = i2;
      }
      if (end < 0 || isOptionalAt(source, end + 1)) return all;
      const alternatives = [];
      let level = 0;
      let from = 3;
      for (let i2 = 3; i2 < end; i2++) {
        const c = source.charAt(i2);
        if (c === "\\") i2++;
        else if (c === "(" || c === "[") level++;
        else if (c === ")" || c === "]") level--;
        else if (c === "|" && level === 0) {
          alternatives.push(source.slice(from, i2));
          from = i2 + 1;
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
  function normalizeWaybill(raw) {
    const input = coerceWaybillInput(raw);
    if (input.kind !== "text" || input.text.length > MAX_SCANNED_LENGTH) return "";
    if (findFirstNonWaybillUnit(input.text) < 0) return input.text;
    return scanCharacters(input.text).cleaned;
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
  const TABLE_ORDER = new Map(WAYBILL_FORMATS.map((f, i2) => [f, i2]));
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
    const x2 = a.candidate;
    const y = b.candidate;
    return Number(y.checkDigitVerified) - Number(x2.checkDigitVerified) || Number(y.marketConsistent !== false) - Number(x2.marketConsistent !== false) || y.confidence - x2.confidence || a.order - b.order;
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
    const { cls: cls2, codePoint, index: index2, char } = finding;
    const shown = cls2.visible && char ? ` "${char}"` : "";
    const shownZh = cls2.visible && char ? `“${char}”` : "";
    let nameEn = cls2.name.en;
    if (where && where !== "inner") nameEn = `${WHERE_EN[where]} ${nameEn.charAt(0).toLowerCase()}${nameEn.slice(1)}`;
    const inside = where === "inner" ? " inside the number" : "";
    return {
      en: `${nameEn}${shown} (${hex(codePoint)})${inside} at position ${index2 + 1}`,
      zh: `第 ${index2 + 1} 个字符是${where ? WHERE_ZH[where] : ""}${cls2.name.zh}${shownZh}（${hex(codePoint)}）`
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
  function describeDuplicate(normalized, orderIds) {
    const list = orderIds.join(", ");
    return {
      en: `The same waybill number ${normalized} is used on ${orderIds.length} orders: ${list}.`,
      zh: `同一运单号 ${normalized} 被 ${orderIds.length} 个订单使用：${list}。`
    };
  }
  const DUPLICATE_FIX = {
    en: "A waybill number belongs to one package: check whether a label was reused or the number was pasted into the wrong order.",
    zh: "一个运单号只对应一个包裹：请检查是否重复使用了面单，或单号填错了订单。"
  };
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
      ok: !issues.some((i2) => i2.severity === "error"),
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
    for (let i2 = 0; i2 < listed; i2++) issues.push(buildCharacterIssue(findings[i2], scan));
    const omittedIssueCount = findings.length - listed;
    if (omittedIssueCount > 0) issues.push(makeIssue("too-many-issues", "info", describeOmitted(omittedIssueCount), SOURCE_CHARACTERS));
    const needsCleaning = cleaned !== text;
    const fixIsCertain = scan.findings.length > 0 && scan.findings.every((f) => f.cls.autoFixable);
    if (!cleaned) return { ...buildEmptyResult("", issues, omittedIssueCount), requestedCarrier: carrierId, needsCleaning, fixIsCertain };
    const profile = carrierId ? CARRIER_WAYBILL_PROFILES[carrierId] : void 0;
    const judgement = profile ? judgeForCarrier(cleaned, profile, market, needsCleaning) : judgeWithoutCarrier(cleaned, market, needsCleaning);
    issues.push(...judgement.issues);
    const result2 = {
      ok: !issues.some((i2) => i2.severity === "error"),
      normalized: cleaned,
      issues,
      needsCleaning,
      suggestion: needsCleaning,
      fixIsCertain,
      candidateValid: !judgement.issues.some((i2) => i2.severity === "error" && FORMAT_CODES.has(i2.code)),
      formatVerifiable: judgement.formatVerifiable,
      detected: judgement.detected,
      omittedIssueCount
    };
    if (judgement.carrier) result2.carrier = judgement.carrier;
    if (carrierId) result2.requestedCarrier = carrierId;
    if (judgement.format) result2.format = judgement.format;
    return result2;
  }
  function findDuplicateWaybills(entries) {
    if (!Array.isArray(entries)) return [];
    const byNumber = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      if (typeof entry !== "object" || entry === null) continue;
      const { orderId: orderId2, raw } = entry;
      if (typeof orderId2 !== "string" && typeof orderId2 !== "number") continue;
      const normalized = normalizeWaybill(raw);
      if (!normalized) continue;
      const id = String(orderId2);
      const ids = byNumber.get(normalized);
      if (!ids) byNumber.set(normalized, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
    const groups = [];
    for (const [normalized, orderIds] of byNumber) {
      if (orderIds.length < 2) continue;
      const text = describeDuplicate(normalized, orderIds);
      groups.push({
        normalized,
        orderIds,
        issue: { code: "duplicate", severity: "warning", message: text.en, text, fix: DUPLICATE_FIX, source: "seed:S28" }
      });
    }
    return groups;
  }
  const CERTAIN_CODES = /* @__PURE__ */ new Set(["whitespace", "zero-width", "fullwidth", "lowercase"]);
  const MAX_EXACT_DIGITS = 15;
  const SCIENTIFIC = /^\s*\d+(?:\.\d+)?[eE]\+?\d+\s*$/;
  function hasLostDigits(stored) {
    const text = stored.trim();
    if (SCIENTIFIC.test(text)) return true;
    if (!/^\d+$/.test(text)) return /^\d*\.\d+$/.test(text);
    return text.replace(/^0+/, "").length > MAX_EXACT_DIGITS;
  }
  function lostDigitsIssue(column, value) {
    const name = column === "orderId" ? uploadMessages.columnOrderId : uploadMessages.columnTracking;
    const fill = (locale) => fillLocalized(uploadMessages.issueNumberLostDigits, { column: name[locale], value: value.trim() })[locale];
    return { code: "number-lost-digits", severity: "error", column, text: { en: fill("en"), zh: fill("zh") }, source: "ref:seller-center#5" };
  }
  function fromWaybillIssue(issue2) {
    const out = { code: issue2.code, severity: issue2.severity, column: "tracking", text: issue2.text, source: issue2.source };
    if (issue2.fix) out.fix = issue2.fix;
    return out;
  }
  const isDefect = (issue2) => issue2.severity === "error" || issue2.severity === "warning";
  function certainFixOf(row, check) {
    if (row.stored.tracking !== "text" || !check.needsCleaning || !check.fixIsCertain || !check.normalized) return void 0;
    if (check.omittedIssueCount > 0) return void 0;
    const characterCodes = check.issues.filter((i2) => i2.index !== void 0).map((i2) => i2.code);
    if (!characterCodes.every((code) => CERTAIN_CODES.has(code))) return void 0;
    if (characterCodes.includes("lowercase") && !check.requestedCarrier && !check.carrier) return void 0;
    return { row: row.row, column: row.trackingColumn, from: row.tracking, to: check.normalized, codes: [...new Set(characterCodes)] };
  }
  function checkOneRow(row, market) {
    const issues = [];
    if (row.stored.orderId === "number" && hasLostDigits(row.orderId)) issues.push(lostDigitsIssue("orderId", row.orderId));
    if (!row.orderId) {
      issues.push({ code: "missing-order-id", severity: "error", column: "orderId", text: uploadMessages.issueMissingOrderId, source: "ref:seller-center#5" });
    }
    const base = { row: row.row, orderId: row.orderId, raw: row.tracking, provider: row.provider };
    if ((row.stored.tracking === "number" || SCIENTIFIC.test(row.tracking)) && hasLostDigits(row.tracking)) {
      issues.push(lostDigitsIssue("tracking", row.tracking));
      return { ...base, issues, defective: true };
    }
    const check = checkWaybill(row.tracking, { ...row.provider ? { carrier: row.provider } : {}, ...market ? { market } : {} });
    issues.push(...check.issues.map(fromWaybillIssue));
    const result2 = { ...base, check, issues, defective: issues.some(isDefect) };
    const fix = certainFixOf(row, check);
    if (fix) result2.fix = fix;
    return result2;
  }
  function describeRows(rows) {
    return rows.join(", ");
  }
  function addDuplicateIssues(results) {
    const candidates2 = results.filter((r) => r.check && r.raw);
    const key = (r) => r.orderId || `row ${r.row}`;
    for (const group of findDuplicateWaybills(candidates2.map((r) => ({ orderId: key(r), raw: r.raw })))) {
      const members2 = candidates2.filter((r) => group.orderIds.includes(key(r)) && normalizeWaybill(r.raw) === group.normalized);
      const text = fillLocalized(uploadMessages.issueDuplicate, { number: group.normalized, orders: group.orderIds.join(", "), rows: describeRows(members2.map((r) => r.row)) });
      for (const r of members2) {
        r.issues.push({ code: "duplicate", severity: "warning", column: "tracking", text, fix: group.issue.fix, source: group.issue.source });
        r.defective = true;
      }
    }
  }
  function addSplitOrderIssues(results) {
    const byOrder = /* @__PURE__ */ new Map();
    for (const r of results) {
      if (!r.orderId || !r.check?.normalized) continue;
      const list = byOrder.get(r.orderId) ?? [];
      list.push(r);
      byOrder.set(r.orderId, list);
    }
    for (const [orderId2, members2] of byOrder) {
      const numbers = new Set(members2.map((r) => r.check.normalized));
      if (numbers.size < 2) continue;
      const text = fillLocalized(uploadMessages.issueSplitOrder, { order: orderId2, count: numbers.size, rows: describeRows(members2.map((r) => r.row)) });
      for (const r of members2) {
        r.issues.push({ code: "split-order", severity: "warning", column: "tracking", text, source: "ref:seller-center#5" });
        r.defective = true;
      }
    }
  }
  function addRow(map, code, row) {
    const rows = map[code] ??= [];
    if (rows[rows.length - 1] !== row) rows.push(row);
  }
  function checkTrackingRows(rows, opts = {}) {
    const list = Array.isArray(rows) ? rows : [];
    const market = typeof opts?.market === "string" ? opts.market : void 0;
    const results = list.map((row) => checkOneRow(row, market));
    addDuplicateIssues(results);
    addSplitOrderIssues(results);
    const byClass = {};
    const notes = {};
    const certainFixes = [];
    const needsHuman = [];
    for (const r of results) {
      for (const issue2 of r.issues) addRow(isDefect(issue2) ? byClass : notes, issue2.code, r.row);
      if (r.fix) certainFixes.push(r.fix);
      const fixed = new Set(r.fix?.codes ?? []);
      const left = r.issues.filter((issue2) => isDefect(issue2) && !(issue2.column === "tracking" && fixed.has(issue2.code)));
      if (left.length) needsHuman.push({ row: r.row, orderId: r.orderId, raw: r.raw, issues: left, partlyFixed: !!r.fix });
    }
    const defective = results.filter((r) => r.defective).length;
    return { rows: results.length, ok: results.length - defective, defective, byClass, notes, certainFixes, needsHuman, results };
  }
  const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const CSV_MIME = "text/csv";
  function splitApplicable(template, fixes) {
    const byRow = new Map(template.rows.map((r) => [r.row, r]));
    const usable = [];
    const skipped = [];
    const seen = /* @__PURE__ */ new Set();
    for (const fix of fixes) {
      const row = byRow.get(fix.row);
      const valid = row && fix.column === template.columns.tracking.letter && row.tracking === fix.from && row.stored.tracking === "text";
      if (!valid || !/^[0-9A-Z]+$/.test(fix.to) || seen.has(fix.row)) skipped.push({ row: fix.row, reason: "cell-changed" });
      else {
        usable.push(fix);
        seen.add(fix.row);
      }
    }
    return { usable, skipped };
  }
  async function buildCorrectedCopy(original, fixes) {
    try {
      const { usable, skipped } = splitApplicable(original, Array.isArray(fixes) ? fixes : []);
      if (!usable.length) return { ok: false, error: makeUploadError("nothing-to-fix") };
      return original.kind === "xlsx" ? await patchXlsx(original, usable, skipped) : await patchCsv(original, usable, skipped);
    } catch (error2) {
      return { ok: false, error: makeUploadError("copy-failed", { detail: describeThrown(error2) }) };
    }
  }
  function finish(original, bytes, applied, skipped) {
    if (!applied.length) return { ok: false, error: makeUploadError("nothing-to-fix") };
    const copy = {
      name: correctedFileName(original.name, original.kind),
      mimeType: original.kind === "xlsx" ? XLSX_MIME : CSV_MIME,
      bytes,
      applied,
      skipped: skipped.sort((a, b) => a.row - b.row)
    };
    return { ok: true, copy };
  }
  function sameCell(a, b) {
    if (a instanceof StoredNumber || b instanceof StoredNumber) return a instanceof StoredNumber && b instanceof StoredNumber && a.stored === b.stored;
    if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    return readCell(a).text === readCell(b).text && readCell(a).source === readCell(b).source;
  }
  function compareGrids(before, after, expected) {
    const rows = Math.max(before.length, after.length);
    for (let r = 0; r < rows; r++) {
      const a = before[r] ?? [];
      const b = after[r] ?? [];
      const cols = Math.max(a.length, b.length);
      for (let c = 0; c < cols; c++) {
        const want = expected.get(`${r + 1}:${c}`);
        if (want !== void 0) {
          if (b[c] !== want) return `row ${r + 1} column ${c + 1} reads back as "${readCell(b[c]).text}"`;
        } else if (!sameCell(a[c], b[c])) return `row ${r + 1} column ${c + 1} changed`;
      }
    }
    return void 0;
  }
  const expectedCells = (fixes, column) => new Map(fixes.map((f) => [`${f.row}:${column}`, f.to]));
  const CELL = /<((?:[A-Za-z_][\w.-]*:)?)c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1c>)/g;
  const REF_ATTR = /\sr\s*=\s*["']([A-Z]+[0-9]+)["']/;
  const TYPE_ATTR = /\st\s*=\s*["'][^"']*["']/;
  const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s/>]/;
  function resolvePartPath(base, target) {
    if (target.startsWith("/")) return target.slice(1);
    const parts = base.split("/").slice(0, -1);
    for (const piece of target.split("/")) {
      if (piece === "..") parts.pop();
      else if (piece && piece !== ".") parts.push(piece);
    }
    return parts.join("/");
  }
  function relationshipTargets(relsXml) {
    const map = /* @__PURE__ */ new Map();
    for (const [, attrs] of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
      const id = /\sId\s*=\s*["']([^"']+)["']/.exec(attrs ?? "")?.[1];
      const target = /\sTarget\s*=\s*["']([^"']+)["']/.exec(attrs ?? "")?.[1];
      if (id && target) map.set(id, target);
    }
    return map;
  }
  function findSheetPath(entries, index2, decode2) {
    const rootRels = entries["_rels/.rels"];
    const officeTarget = rootRels ? [...decode2(rootRels).matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)].map(([, attrs]) => attrs ?? "").find((attrs) => /officeDocument"/.test(attrs) || /officeDocument'/.test(attrs)) : void 0;
    const workbookTarget = officeTarget ? /\sTarget\s*=\s*["']([^"']+)["']/.exec(officeTarget)?.[1] : void 0;
    const workbookPath = workbookTarget ? resolvePartPath("", workbookTarget) : "xl/workbook.xml";
    const workbook = entries[workbookPath];
    const relsPath = workbookPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = entries[relsPath];
    if (!workbook || !rels) return void 0;
    const sheets = [...decode2(workbook).matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)].map(([, attrs]) => /\s[\w.-]+:id\s*=\s*["']([^"']+)["']/.exec(attrs ?? "")?.[1]);
    const relId = sheets[index2 - 1];
    const target = relId ? relationshipTargets(decode2(rels)).get(relId) : void 0;
    return target ? resolvePartPath(workbookPath, target) : void 0;
  }
  const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  function patchSheetXml(xml, fixes, skipped) {
    const wanted = new Map(fixes.map((f) => [`${f.column}${f.row}`, f]));
    const applied = [];
    const patched = xml.replace(CELL, (whole, prefix, attrs, inner) => {
      const ref = REF_ATTR.exec(attrs ?? "")?.[1];
      const fix = ref ? wanted.get(ref) : void 0;
      if (!fix) return whole;
      wanted.delete(ref);
      if (inner && FORMULA.test(inner)) {
        skipped.push({ row: fix.row, reason: "formula" });
        return whole;
      }
      applied.push(fix);
      const kept = (attrs ?? "").replace(TYPE_ATTR, "");
      return `<${prefix}c${kept} t="inlineStr"><${prefix}is><${prefix}t>${escapeXml(fix.to)}</${prefix}t></${prefix}is></${prefix}c>`;
    });
    for (const fix of wanted.values()) skipped.push({ row: fix.row, reason: "cell-not-found" });
    return { xml: patched, applied };
  }
  async function readAllSheets(bytes) {
    const { default: readXlsxFile2 } = await Promise.resolve().then(() => index);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const sheets = await readXlsxFile2(buffer, { trim: false, parseNumber: (stored) => new StoredNumber(stored) });
    return sheets.map((s) => s.data);
  }
  async function patchXlsx(original, fixes, skipped) {
    const { unzipSync: unzipSync2, zipSync: zipSync2, strFromU8: strFromU82, strToU8: strToU82 } = await Promise.resolve().then(() => browser);
    const entries = unzipSync2(original.bytes);
    const sheetPath = findSheetPath(entries, original.sheet?.index ?? 1, (b) => strFromU82(b));
    const sheetXml = sheetPath ? entries[sheetPath] : void 0;
    if (!sheetPath || !sheetXml) return { ok: false, error: makeUploadError("copy-failed", { detail: "the sheet could not be located in the workbook" }) };
    const { xml, applied } = patchSheetXml(strFromU82(sheetXml), fixes, skipped);
    if (!applied.length) return finish(original, original.bytes, applied, skipped);
    const out = zipSync2({ ...entries, [sheetPath]: strToU82(xml) }, { level: 6 });
    const [before, after] = await Promise.all([readAllSheets(original.bytes), readAllSheets(out)]);
    const sheetIndex = (original.sheet?.index ?? 1) - 1;
    const problem = before.length !== after.length ? "the number of sheets changed" : before.map((grid, i2) => compareGrids(grid, after[i2], i2 === sheetIndex ? expectedCells(applied, original.columns.tracking.index) : /* @__PURE__ */ new Map())).find(Boolean);
    if (problem) return { ok: false, error: makeUploadError("copy-failed", { detail: problem }) };
    return finish(original, out, applied, skipped);
  }
  async function patchCsv(original, fixes, skipped) {
    const decoded = decodeCsvBytes(original.bytes);
    const format = original.csv;
    if (!decoded || !format || decoded.encoding !== format.encoding) {
      return { ok: false, error: makeUploadError("copy-failed", { detail: "the text could not be decoded again" }) };
    }
    const column = original.columns.tracking.index;
    const records = scanCsvFields(decoded.text, format.delimiter);
    const splices = [];
    const applied = [];
    for (const fix of fixes) {
      const field = records[fix.row - 1]?.[column];
      if (!field || field.value !== fix.from) {
        skipped.push({ row: fix.row, reason: "cell-not-found" });
        continue;
      }
      splices.push({ start: field.start, end: field.end, text: field.quoted ? `"${fix.to}"` : fix.to });
      applied.push(fix);
    }
    if (!applied.length) return finish(original, original.bytes, applied, skipped);
    splices.sort((a, b) => a.start - b.start);
    const offsets = byteOffsetsOf(original.bytes, decoded, splices.flatMap((s) => [s.start, s.end]));
    const pieces = [];
    let cursor = 0;
    splices.forEach((splice, i2) => {
      pieces.push(original.bytes.subarray(cursor, offsets[2 * i2]), encodeAscii(splice.text, format.encoding));
      cursor = offsets[2 * i2 + 1];
    });
    pieces.push(original.bytes.subarray(cursor));
    const out = new Uint8Array(pieces.reduce((n2, p) => n2 + p.length, 0));
    let at = 0;
    for (const piece of pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    const reread = decodeCsvBytes(out);
    if (!reread || reread.encoding !== format.encoding) return { ok: false, error: makeUploadError("copy-failed", { detail: "the copy does not decode the same way" }) };
    const [before, after] = await Promise.all([parseCsv(decoded.text, format.delimiter), parseCsv(reread.text, format.delimiter)]);
    const problem = compareGrids(before, after, expectedCells(applied, column));
    if (problem) return { ok: false, error: makeUploadError("copy-failed", { detail: problem }) };
    return finish(original, out, applied, skipped);
  }
  async function checkUploadFile(file, name, opts = {}) {
    const read = await readTrackingTemplate(file, name);
    if (!read.ok) return read;
    const { template } = read;
    const summary = checkTrackingRows(template.rows, opts);
    if (!summary.certainFixes.length) return { ok: true, template, summary };
    const built = await buildCorrectedCopy(template, summary.certainFixes);
    return built.ok ? { ok: true, template, summary, copy: built.copy } : { ok: true, template, summary, copyError: built.error };
  }
  const UPLOAD_TITLES = {
    "number-lost-digits": uploadMessages.titleNumberLostDigits,
    "missing-order-id": uploadMessages.titleMissingOrderId,
    "split-order": uploadMessages.titleSplitOrder
  };
  function titleOfIssue(code) {
    if (code === "duplicate") return uploadMessages.titleDuplicate;
    return UPLOAD_TITLES[code] ?? WAYBILL_ISSUE_TITLES[code];
  }
  function describeRowList(rows, max2) {
    const shown = rows.slice(0, max2).join(", ");
    const list = rows.length > max2 ? fillLocalized(uploadMessages.summaryMoreRows, { rows: shown, count: rows.length - max2 }) : { en: shown, zh: shown };
    return { en: fillLocalized(uploadMessages.summaryRows, { rows: list.en }).en, zh: fillLocalized(uploadMessages.summaryRows, { rows: list.zh }).zh };
  }
  const shorten = (text, max2 = 40) => text.length > max2 ? `${text.slice(0, max2 - 1)}…` : text;
  function describeUploadSummary(outcome, opts = {}) {
    const { template, summary, copy, copyError } = outcome;
    const maxRows = opts.maxRowsPerClass ?? 20;
    const maxHuman = opts.maxHumanRows ?? 30;
    const fixedRows = new Map(summary.certainFixes.map((f) => [f.row, new Set(f.codes)]));
    const appliedRows = new Set(copy?.applied.map((f) => f.row) ?? []);
    const classes = Object.entries(summary.byClass).map(([code, rows]) => ({
      code,
      title: titleOfIssue(code),
      rows,
      rowsText: describeRowList(rows, maxRows),
      fixedInCopy: !!copy && rows.every((row) => appliedRows.has(row) && fixedRows.get(row)?.has(code))
    }));
    const view = {
      tone: summary.defective === 0 ? "ok" : summary.needsHuman.some((r) => r.issues.some((i2) => i2.severity === "error")) ? "error" : "warning",
      headline: summary.defective === 0 ? fillLocalized(uploadMessages.summaryAllOk, { rows: summary.rows }) : fillLocalized(uploadMessages.summaryCounts, { rows: summary.rows, ok: summary.ok, defective: summary.defective }),
      location: template.sheet ? fillLocalized(uploadMessages.summarySheet, { sheet: template.sheet.name, row: template.headerRow }) : fillLocalized(uploadMessages.summaryHeaderRow, { row: template.headerRow }),
      classes,
      needsHumanTotal: summary.needsHuman.length,
      needsHuman: summary.needsHuman.slice(0, maxHuman).map((r) => {
        const [first, ...rest] = r.issues;
        const issue2 = first?.text ?? { en: "", zh: "" };
        const more = rest.length ? fillLocalized(uploadMessages.summaryMoreIssues, { count: rest.length }) : { en: "", zh: "" };
        const line = (locale) => fillLocalized(uploadMessages.summaryNeedsHumanRow, { row: r.row, order: r.orderId || uploadMessages.summaryNoOrder[locale], raw: shorten(r.raw), issue: `${issue2[locale]}${more[locale] ? ` ${more[locale]}` : ""}` })[locale];
        return { row: r.row, orderId: r.orderId, text: { en: line("en"), zh: line("zh") } };
      })
    };
    const unverifiable = summary.notes["format-not-verifiable"];
    if (unverifiable?.length) {
      const rows = describeRowList(unverifiable, maxRows);
      view.notes = { en: fillLocalized(uploadMessages.summaryNotes, { rows: rows.en }).en, zh: fillLocalized(uploadMessages.summaryNotes, { rows: rows.zh }).zh };
    }
    if (copy) {
      view.download = { name: copy.name, label: fillLocalized(uploadMessages.summaryDownload, { count: copy.applied.length }), note: uploadMessages.summaryDownloadNote };
      if (copy.skipped.length) view.copyProblem = fillLocalized(uploadMessages.summarySkipped, { rows: copy.skipped.map((s) => s.row).join(", ") });
    } else if (copyError) view.copyProblem = copyError.text;
    if (summary.needsHuman.length > maxHuman) view.moreNeedsHuman = fillLocalized(uploadMessages.summaryMoreHumanRows, { count: summary.needsHuman.length - maxHuman });
    const firstDefective = summary.results.find((r) => r.defective);
    if (firstDefective?.orderId) view.firstDefectiveOrderId = firstDefective.orderId;
    return view;
  }
  const uploadCheck = {
    kind: "waybill-warning",
    include: (page) => page.kind === "order-list" || page.kind === "tracking-upload",
    init(ctx) {
      const state = { generation: 0, hintId: void 0, url: void 0 };
      document.addEventListener("change", (event) => void onFileChosen(event, ctx, state), { capture: true, passive: true, signal: ctx.signal });
      ctx.signal.addEventListener("abort", () => revokeUrl(state), { once: true });
    },
    update() {
    }
  };
  const UPLOAD_HINT_ID = "upload";
  function revokeUrl(state) {
    if (state.url) URL.revokeObjectURL(state.url);
    state.url = void 0;
  }
  function anchorOf(input) {
    return input.closest("label") ?? input;
  }
  async function onFileChosen(event, ctx, state) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file") return;
    if (!findTrackingUploadInputs(document).includes(input)) return;
    const generation = ++state.generation;
    const file = input.files?.[0];
    const anchor2 = anchorOf(input);
    if (!file) {
      clearHint(ctx, state);
      return;
    }
    show(ctx, state, anchor2, UPLOAD_HINT_ID, `reading|${generation}`, (root) => renderReading(root, file.name, ctx.locale));
    let outcome;
    try {
      outcome = await checkUploadFile(await file.arrayBuffer(), file.name, ctx.page.market ? { market: ctx.page.market } : {});
    } catch (error2) {
      const detail = error2 instanceof Error ? error2.message : String(error2);
      if (generation === state.generation && !ctx.signal.aborted) {
        show(ctx, state, anchor2, UPLOAD_HINT_ID, `failed|${generation}`, (root) => renderError(root, fillLocalized(uploadMessages.dropFailed, { detail }), ctx.locale));
      }
      return;
    }
    if (generation !== state.generation || ctx.signal.aborted || !anchor2.isConnected) return;
    if (!outcome.ok) {
      const { text } = outcome.error;
      show(ctx, state, anchor2, UPLOAD_HINT_ID, `error|${generation}`, (root) => renderError(root, text, ctx.locale));
      return;
    }
    const view = describeUploadSummary(outcome);
    revokeUrl(state);
    if (outcome.copy) state.url = URL.createObjectURL(new Blob([outcome.copy.bytes], { type: outcome.copy.mimeType }));
    const url = state.url;
    show(ctx, state, anchor2, view.firstDefectiveOrderId ?? UPLOAD_HINT_ID, `done|${generation}`, (root) => renderSummary(root, view, url, ctx.locale));
  }
  function show(ctx, state, anchor2, id, key, render) {
    if (state.hintId && state.hintId !== id) ctx.hints.remove(state.hintId);
    state.hintId = id;
    ctx.hints.upsert(id, anchor2, key, (root) => {
      root.append(el("style", { text: UPLOAD_CSS }));
      render(root);
      for (const type of ["click", "keydown"]) root.addEventListener(type, (e) => e.stopPropagation());
    });
  }
  function clearHint(ctx, state) {
    if (state.hintId) ctx.hints.remove(state.hintId);
    state.hintId = void 0;
    revokeUrl(state);
  }
  const UPLOAD_CSS = `
:host { display: block; margin: 8px 0; }
.upload { display: block; max-width: none; padding: 6px 8px; }
/* Seller Center's dialog must keep its title and buttons on screen: the summary scrolls instead. */
.summary { max-height: 40vh; overflow: auto; }
.summary:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.upload > * { margin: 2px 0; }
.upload table { margin: 4px 0; }
.upload th { text-align: left; font-weight: 600; padding: 0 8px 0 0; vertical-align: top; }
.upload caption { text-align: left; font-weight: 600; }
.upload a { color: inherit; font-weight: 600; }
.upload a:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.muted { opacity: 0.85; }
`;
  function titleLine(locale, tone) {
    return el("span", { className: "label", text: `${tone === "ok" ? "✓" : "⚠"} ${localize(uploadMessages.summaryTitle, locale)}:` });
  }
  function renderReading(root, name, locale) {
    root.append(
      el("div", { className: "hint info upload" }, titleLine(locale, "info"), el("span", { text: ` ${localize(fillLocalized(uploadMessages.summaryReading, { name }), locale)}`, attrs: { role: "status" } }))
    );
  }
  function renderError(root, text, locale) {
    root.append(
      el(
        "div",
        { className: "hint error upload" },
        titleLine(locale, "error"),
        el("span", { text: ` ${localize(text, locale)}`, attrs: { role: "status" } }),
        el("div", { className: "muted", text: localize(uploadMessages.summaryNotBlocked, locale) })
      )
    );
  }
  function renderSummary(root, view, url, locale) {
    const L = (text) => localize(text, locale);
    const box = el(
      "div",
      { className: `hint ${view.tone} upload summary`, attrs: { role: "region", "aria-label": L(uploadMessages.summaryTitle), tabindex: "0" } },
      el("div", {}, titleLine(locale, view.tone), el("span", { text: ` ${L(view.headline)}`, attrs: { role: "status" } })),
      el("div", { className: "muted", text: L(view.location) })
    );
    if (view.download && url) {
      const link = el("a", { text: `⬇ ${L(view.download.label)}`, attrs: { href: url, download: view.download.name } });
      box.append(el("div", {}, link), el("div", { className: "muted", text: L(view.download.note) }));
    }
    if (view.copyProblem) box.append(el("div", { text: L(view.copyProblem) }));
    if (view.classes.length) {
      const table = el("table", {}, el("caption", { text: L(uploadMessages.summaryByClass) }));
      for (const c of view.classes) {
        const rows = `${L(c.rowsText)}${c.fixedInCopy ? ` — ${L(uploadMessages.summaryCertain)}` : ""}`;
        table.append(el("tr", { attrs: { "data-code": c.code } }, el("th", { text: L(c.title), attrs: { scope: "row" } }), el("td", { text: rows })));
      }
      box.append(table);
    }
    if (view.needsHuman.length) {
      const list = el("ul", {}, ...view.needsHuman.map((r) => el("li", { text: L(r.text), attrs: { "data-row": String(r.row) } })));
      const details = el(
        "details",
        { attrs: { open: "" } },
        el("summary", { text: L(fillLocalized(uploadMessages.summaryNeedsHuman, { count: view.needsHumanTotal })) }),
        el("div", { attrs: { role: "group", "aria-label": L(uploadMessages.summaryNeedsHumanList) } }, list)
      );
      if (view.moreNeedsHuman) details.append(el("div", { text: L(view.moreNeedsHuman) }));
      box.append(details);
    }
    if (view.notes) box.append(el("div", { className: "muted", text: L(view.notes) }));
    if (view.tone !== "ok") box.append(el("div", { text: L(uploadMessages.summaryRevision) }));
    box.append(el("div", { className: "muted", text: L(uploadMessages.summaryNotBlocked) }));
    root.append(box);
  }
  const waybillWarning = {
    kind: "waybill-warning",
    include: (page) => page.kind === "order-list" || page.kind === "order-detail" || page.kind === "shipping-labels",
    update(rows, ctx) {
      const withWaybill = rows.filter((row) => row.waybill && row.waybill.raw.length > 0);
      const duplicates = duplicateMap(withWaybill);
      const keep = /* @__PURE__ */ new Set();
      for (const row of withWaybill) {
        const { raw, element } = row.waybill;
        const result2 = checkCached(raw, row.carrier?.text, ctx.page.market ?? void 0);
        const problems = result2.issues.filter((issue2) => issue2.severity !== "info");
        const others = duplicates.get(row.orderId) ?? [];
        if (!problems.length && !others.length) continue;
        keep.add(row.orderId);
        const key = `${raw}|${row.carrier?.text ?? ""}|${others.join(",")}|${ctx.locale}`;
        ctx.hints.upsert(row.orderId, element, key, (root) => renderWarning(root, result2, problems, others, ctx.locale));
      }
      ctx.hints.prune(keep);
    }
  };
  const cache = /* @__PURE__ */ new Map();
  function checkCached(raw, carrier, market) {
    const key = `${carrier ?? ""}\0${market ?? ""}\0${raw}`;
    let result2 = cache.get(key);
    if (!result2) {
      if (cache.size > 5e3) cache.clear();
      result2 = checkWaybill(raw, { ...carrier ? { carrier } : {}, ...market ? { market } : {} });
      cache.set(key, result2);
    }
    return result2;
  }
  function duplicateMap(rows) {
    const map = /* @__PURE__ */ new Map();
    for (const group of findDuplicateWaybills(rows.map((row) => ({ orderId: row.orderId, raw: row.waybill.raw })))) {
      for (const id of group.orderIds) map.set(id, group.orderIds.filter((other) => other !== id));
    }
    return map;
  }
  function renderWarning(root, result2, problems, duplicateOf, locale) {
    const lines = problems.map((issue2) => localize(issue2.text, locale));
    if (duplicateOf.length) lines.push(localize(fillLocalized(contentMessages.waybillDuplicate, { orders: duplicateOf.join(", ") }), locale));
    const [first, ...rest] = lines;
    const severe = problems.some((issue2) => issue2.severity === "error");
    const expected = result2.format ? ` — ${localize(contentMessages.waybillExpected, locale)} ${localize(result2.format.name, locale)}` : "";
    const fix = problems.find((issue2) => issue2.fix)?.fix ?? contentMessages.waybillFixDefault;
    const box = el(
      "span",
      { className: `hint ${severe ? "error" : "warning"}`, attrs: { role: "note", "aria-label": `${localize(contentMessages.waybillTitle, locale)}: ${first ?? ""}` } },
      el("span", { className: "label", text: `⚠ ${localize(contentMessages.waybillTitle, locale)}:` }),
      el("span", { text: `${first ?? ""}${expected}` })
    );
    const details = el("details", {}, el("summary", { text: rest.length ? localize(fillLocalized(contentMessages.waybillMoreIssues, { count: rest.length }), locale) : localize(contentMessages.waybillMore, locale) }));
    if (rest.length) details.append(el("ul", {}, ...rest.map((line) => el("li", { text: line }))));
    details.append(el("div", { text: localize(fix, locale) }));
    box.append(details);
    if (result2.suggestion && result2.candidateValid && result2.normalized) box.append(copyButton(result2.normalized, locale));
    root.append(box);
  }
  function copyButton(value, locale) {
    const button = el("button", { text: localize(contentMessages.waybillCopy, locale), attrs: { type: "button", title: localize(fillLocalized(contentMessages.waybillCorrected, { value }), locale) } });
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      navigator.clipboard.writeText(value).then(() => button.textContent = `${localize(contentMessages.waybillCopied, locale)}: ${value}`).catch(() => button.textContent = value);
    });
    return button;
  }
  const features = [waybillWarning, carrierBadge, pendingDiagnosis, feeEstimate, labelPrint, uploadCheck];
  const definition = defineContentScript({
    matches: [...SELLER_CENTER_MATCHES],
    runAt: "document_idle",
    main(ctx) {
      const locale = localeFromLanguageTag(browser$1.i18n.getUILanguage());
      startPageSession(ctx, features, locale);
    }
  });
  function print$1(method, ...args) {
    return;
  }
  const logger$1 = {
    debug: (...args) => print$1(console.debug, ...args),
    log: (...args) => print$1(console.log, ...args),
    warn: (...args) => print$1(console.warn, ...args),
    error: (...args) => print$1(console.error, ...args)
  };
  var WxtLocationChangeEvent = class WxtLocationChangeEvent2 extends Event {
    static EVENT_NAME = getUniqueEventName("wxt:locationchange");
    constructor(newUrl, oldUrl) {
      super(WxtLocationChangeEvent2.EVENT_NAME, {});
      this.newUrl = newUrl;
      this.oldUrl = oldUrl;
    }
  };
  function getUniqueEventName(eventName) {
    return `${browser$1?.runtime?.id}:${"seller-center"}:${eventName}`;
  }
  const supportsNavigationApi = typeof globalThis.navigation?.addEventListener === "function";
  function createLocationWatcher(ctx) {
    let lastUrl;
    let watching = false;
    return { run() {
      if (watching) return;
      watching = true;
      lastUrl = new URL(location.href);
      if (supportsNavigationApi) globalThis.navigation.addEventListener("navigate", (event) => {
        const newUrl = new URL(event.destination.url);
        if (newUrl.href === lastUrl.href) return;
        window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
        lastUrl = newUrl;
      }, { signal: ctx.signal });
      else ctx.setInterval(() => {
        const newUrl = new URL(location.href);
        if (newUrl.href !== lastUrl.href) {
          window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
          lastUrl = newUrl;
        }
      }, 1e3);
    } };
  }
  var ContentScriptContext = class ContentScriptContext2 {
    static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started");
    id;
    abortController;
    locationWatcher = createLocationWatcher(this);
    constructor(contentScriptName, options) {
      this.contentScriptName = contentScriptName;
      this.options = options;
      this.id = Math.random().toString(36).slice(2);
      this.abortController = new AbortController();
      this.stopOldScripts();
      this.listenForNewerScripts();
    }
    get signal() {
      return this.abortController.signal;
    }
    abort(reason) {
      return this.abortController.abort(reason);
    }
    get isInvalid() {
      if (browser$1.runtime?.id == null) this.notifyInvalidated();
      return this.signal.aborted;
    }
    get isValid() {
      return !this.isInvalid;
    }
    /**
    * Add a listener that is called when the content script's context is invalidated.
    *
    * @returns A function to remove the listener.
    *
    * @example
    * browser.runtime.onMessage.addListener(cb);
    * const removeInvalidatedListener = ctx.onInvalidated(() => {
    *   browser.runtime.onMessage.removeListener(cb);
    * })
    * // ...
    * removeInvalidatedListener();
    */
    onInvalidated(cb) {
      this.signal.addEventListener("abort", cb);
      return () => this.signal.removeEventListener("abort", cb);
    }
    /**
    * Return a promise that never resolves. Useful if you have an async function that shouldn't run
    * after the context is expired.
    *
    * @example
    * const getValueFromStorage = async () => {
    *   if (ctx.isInvalid) return ctx.block();
    *
    *   // ...
    * }
    */
    block() {
      return new Promise(() => {
      });
    }
    /**
    * Wrapper around `window.setInterval` that automatically clears the interval when invalidated.
    *
    * Intervals can be cleared by calling the normal `clearInterval` function.
    */
    setInterval(handler, timeout) {
      const id = setInterval(() => {
        if (this.isValid) handler();
      }, timeout);
      this.onInvalidated(() => clearInterval(id));
      return id;
    }
    /**
    * Wrapper around `window.setTimeout` that automatically clears the interval when invalidated.
    *
    * Timeouts can be cleared by calling the normal `setTimeout` function.
    */
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        if (this.isValid) handler();
      }, timeout);
      this.onInvalidated(() => clearTimeout(id));
      return id;
    }
    /**
    * Wrapper around `window.requestAnimationFrame` that automatically cancels the request when
    * invalidated.
    *
    * Callbacks can be canceled by calling the normal `cancelAnimationFrame` function.
    */
    requestAnimationFrame(callback) {
      const id = requestAnimationFrame((...args) => {
        if (this.isValid) callback(...args);
      });
      this.onInvalidated(() => cancelAnimationFrame(id));
      return id;
    }
    /**
    * Wrapper around `window.requestIdleCallback` that automatically cancels the request when
    * invalidated.
    *
    * Callbacks can be canceled by calling the normal `cancelIdleCallback` function.
    */
    requestIdleCallback(callback, options) {
      const id = requestIdleCallback((...args) => {
        if (!this.signal.aborted) callback(...args);
      }, options);
      this.onInvalidated(() => cancelIdleCallback(id));
      return id;
    }
    addEventListener(target, type, handler, options) {
      if (type === "wxt:locationchange") {
        if (this.isValid) this.locationWatcher.run();
      }
      target.addEventListener?.(type.startsWith("wxt:") ? getUniqueEventName(type) : type, handler, {
        ...options,
        signal: this.signal
      });
    }
    /**
    * @internal
    * Abort the abort controller and execute all `onInvalidated` listeners.
    */
    notifyInvalidated() {
      this.abort("Content script context invalidated");
      logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
    }
    stopOldScripts() {
      document.dispatchEvent(new CustomEvent(ContentScriptContext2.SCRIPT_STARTED_MESSAGE_TYPE, { detail: {
        contentScriptName: this.contentScriptName,
        messageId: this.id
      } }));
      window.postMessage({
        type: ContentScriptContext2.SCRIPT_STARTED_MESSAGE_TYPE,
        contentScriptName: this.contentScriptName,
        messageId: this.id
      }, "*");
    }
    verifyScriptStartedEvent(event) {
      const isSameContentScript = event.detail?.contentScriptName === this.contentScriptName;
      const isFromSelf = event.detail?.messageId === this.id;
      return isSameContentScript && !isFromSelf;
    }
    listenForNewerScripts() {
      const cb = (event) => {
        if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;
        this.notifyInvalidated();
      };
      document.addEventListener(ContentScriptContext2.SCRIPT_STARTED_MESSAGE_TYPE, cb);
      this.onInvalidated(() => document.removeEventListener(ContentScriptContext2.SCRIPT_STARTED_MESSAGE_TYPE, cb));
    }
  };
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
  const result = (async () => {
    try {
      initPlugins();
      const { main, ...options } = definition;
      return await main(new ContentScriptContext("seller-center", options));
    } catch (err2) {
      logger.error(`The content script "${"seller-center"}" crashed on startup!`, err2);
      throw err2;
    }
  })();
  function _typeof$7(o) {
    "@babel/helpers - typeof";
    return _typeof$7 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$7(o);
  }
  function Parser_(options) {
    var fromCharCode = String.fromCharCode;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var ENTITY_PATTERN = /&#(\d+);|&#x([0-9a-f]+);|&(\w+);/ig;
    var ENTITY_MAPPING = {
      "amp": "&",
      "apos": "'",
      "gt": ">",
      "lt": "<",
      "quot": '"'
    };
    Object.keys(ENTITY_MAPPING).forEach(function(k) {
      ENTITY_MAPPING[k.toUpperCase()] = ENTITY_MAPPING[k];
    });
    function replaceEntities(_, d, x2, z) {
      if (z) {
        if (hasOwnProperty.call(ENTITY_MAPPING, z)) {
          return ENTITY_MAPPING[z];
        } else {
          return "&" + z + ";";
        }
      }
      if (d) {
        return fromCharCode(d);
      }
      return fromCharCode(parseInt(x2, 16));
    }
    function decodeEntities(s) {
      if (s.length > 3 && s.indexOf("&") !== -1) {
        return s.replace(ENTITY_PATTERN, replaceEntities);
      }
      return s;
    }
    var NON_WHITESPACE_OUTSIDE_ROOT_NODE = "non-whitespace outside of root node";
    function error2(msg) {
      return new Error(msg);
    }
    function missingNamespaceForPrefix(prefix) {
      return "missing namespace for prefix <" + prefix + ">";
    }
    function getter(getFn) {
      return {
        "get": getFn,
        "enumerable": true
      };
    }
    function cloneNsMatrix(nsMatrix) {
      var clone2 = {}, key;
      for (key in nsMatrix) {
        clone2[key] = nsMatrix[key];
      }
      return clone2;
    }
    var NAME_CACHE = /* @__PURE__ */ Symbol("nameCache");
    function uriPrefix(prefix) {
      return prefix + "$uri";
    }
    function buildNsMatrix(nsUriToPrefix) {
      var nsMatrix = {}, uri, prefix;
      for (uri in nsUriToPrefix) {
        prefix = nsUriToPrefix[uri];
        nsMatrix[prefix] = prefix;
        nsMatrix[uriPrefix(prefix)] = uri;
      }
      return nsMatrix;
    }
    function noopGetContext() {
      return {
        line: 0,
        column: 0
      };
    }
    function throwFunc(err2) {
      throw err2;
    }
    function Parser(options2) {
      if (!this) {
        return new Parser(options2);
      }
      var proxy = options2 && options2["proxy"];
      var onText, onOpenTag, onCloseTag, onCDATA, onError = throwFunc, onWarning, onComment, onQuestion, onAttention;
      var getContext = noopGetContext;
      var streaming = false;
      var rootTagFound = false;
      var leftoverXml = "";
      var maybeNS = false;
      var isNamespace = false;
      var returnError = null;
      var parseStop = false;
      var nsMatrixStack, nsMatrix, nodeStack;
      var nsUriToPrefix;
      function handleError(err2) {
        if (!(err2 instanceof Error)) {
          err2 = error2(err2);
        }
        returnError = err2;
        onError(err2, getContext);
      }
      function handleWarning(err2) {
        if (!onWarning) {
          return;
        }
        if (!(err2 instanceof Error)) {
          err2 = error2(err2);
        }
        onWarning(err2, getContext);
      }
      this["on"] = function(name, cb) {
        if (typeof cb !== "function") {
          throw error2("required args <name, cb>");
        }
        switch (name) {
          case "openTag":
            onOpenTag = cb;
            break;
          case "text":
            onText = cb;
            break;
          case "closeTag":
            onCloseTag = cb;
            break;
          case "error":
            onError = cb;
            break;
          case "warn":
            onWarning = cb;
            break;
          case "cdata":
            onCDATA = cb;
            break;
          case "attention":
            onAttention = cb;
            break;
          // <!XXXXX zzzz="eeee">
          case "question":
            onQuestion = cb;
            break;
          // <? ....  ?>
          case "comment":
            onComment = cb;
            break;
          default:
            throw error2("unsupported event: " + name);
        }
        return this;
      };
      this["ns"] = function(nsMap) {
        if (typeof nsMap === "undefined") {
          nsMap = {};
        }
        if (_typeof$7(nsMap) !== "object") {
          throw error2("required args <nsMap={}>");
        }
        var _nsUriToPrefix = {}, k;
        for (k in nsMap) {
          _nsUriToPrefix[k] = nsMap[k];
        }
        isNamespace = true;
        nsUriToPrefix = _nsUriToPrefix;
        return this;
      };
      function resetState() {
        nsMatrixStack = isNamespace ? [] : null;
        nsMatrix = isNamespace ? buildNsMatrix(nsUriToPrefix) : null;
        nodeStack = [];
        getContext = noopGetContext;
        parseStop = false;
        returnError = null;
        rootTagFound = false;
        leftoverXml = "";
      }
      this["parse"] = function(xml) {
        if (typeof xml !== "string") {
          throw error2("required args <xml=string>");
        }
        if (streaming) {
          throw error2("parse during stream; call end() first");
        }
        resetState();
        parse2(xml);
        getContext = noopGetContext;
        parseStop = false;
        return returnError;
      };
      this["write"] = function(xml) {
        if (typeof xml !== "string") {
          throw error2("required args <xml=string>");
        }
        if (!streaming) {
          resetState();
          streaming = true;
        }
        if (!returnError) {
          leftoverXml = parse2(leftoverXml + xml, true) || "";
        }
        return this;
      };
      this["end"] = function() {
        if (!streaming) {
          resetState();
        }
        streaming = false;
        if (!returnError) {
          parse2(leftoverXml);
        }
        leftoverXml = "";
        getContext = noopGetContext;
        parseStop = false;
        return returnError;
      };
      this["stop"] = function() {
        parseStop = true;
      };
      function parse2(xml) {
        var streaming2 = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : false;
        var elNameCache = null, elNameCacheMatrix = null;
        var _nsMatrix, anonymousNsCount = 0, tagStart = false, tagEnd = false, i2 = 0, j = 0, x2, y, q, w, v, xmlns, elementName, _elementName, elementProxy;
        var attrsString = "", attrsStart = 0, cachedAttrs;
        function normalizeAttrName(name, defaultAlias) {
          var w2 = name.indexOf(":");
          if (w2 === -1) {
            return name;
          }
          var nsName = nsMatrix[name.substring(0, w2)];
          if (!nsName) {
            handleWarning(missingNamespaceForPrefix(name.substring(0, w2)));
            return null;
          }
          return defaultAlias === nsName ? name.substr(w2 + 1) : nsName + name.substr(w2);
        }
        function getAttrs() {
          if (cachedAttrs !== null) {
            return cachedAttrs;
          }
          var nsUri, nsUriPrefix, defaultAlias = isNamespace && nsMatrix["xmlns"], attrList = isNamespace && maybeNS ? [] : null, i3 = attrsStart, s = attrsString, l = s.length, hasNewMatrix, newalias, value, alias, name, attrs = {}, seenAttrs = /* @__PURE__ */ new Set(), skipAttr, w2, j2;
          parseAttr: for (; i3 < l; i3++) {
            skipAttr = false;
            w2 = s.charCodeAt(i3);
            if (w2 === 32 || w2 < 14 && w2 > 8) {
              continue;
            }
            if (w2 < 65 || w2 > 122 || w2 > 90 && w2 < 97) {
              if (w2 !== 95 && w2 !== 58) {
                handleWarning("illegal first char attribute name");
                skipAttr = true;
              }
            }
            for (j2 = i3 + 1; j2 < l; j2++) {
              w2 = s.charCodeAt(j2);
              if (w2 > 96 && w2 < 123 || w2 > 64 && w2 < 91 || w2 > 47 && w2 < 59 || w2 === 46 || // '.'
              w2 === 45 || // '-'
              w2 === 95) {
                continue;
              }
              if (w2 === 32 || w2 < 14 && w2 > 8) {
                handleWarning("missing attribute value");
                i3 = j2;
                continue parseAttr;
              }
              if (w2 === 61) {
                break;
              }
              handleWarning("illegal attribute name char");
              skipAttr = true;
            }
            name = s.substring(i3, j2);
            if (name === "xmlns:xmlns") {
              handleWarning("illegal declaration of xmlns");
              skipAttr = true;
            }
            w2 = s.charCodeAt(j2 + 1);
            if (w2 === 34) {
              j2 = s.indexOf('"', i3 = j2 + 2);
              if (j2 === -1) {
                j2 = s.indexOf("'", i3);
                if (j2 !== -1) {
                  handleWarning("attribute value quote missmatch");
                  skipAttr = true;
                }
              }
            } else if (w2 === 39) {
              j2 = s.indexOf("'", i3 = j2 + 2);
              if (j2 === -1) {
                j2 = s.indexOf('"', i3);
                if (j2 !== -1) {
                  handleWarning("attribute value quote missmatch");
                  skipAttr = true;
                }
              }
            } else {
              handleWarning("missing attribute value quotes");
              skipAttr = true;
              for (j2 = j2 + 1; j2 < l; j2++) {
                w2 = s.charCodeAt(j2 + 1);
                if (w2 === 32 || w2 < 14 && w2 > 8) {
                  break;
                }
              }
            }
            if (j2 === -1) {
              handleWarning("missing closing quotes");
              j2 = l;
              skipAttr = true;
            }
            if (!skipAttr) {
              value = s.substring(i3, j2);
            }
            i3 = j2;
            for (; j2 + 1 < l; j2++) {
              w2 = s.charCodeAt(j2 + 1);
              if (w2 === 32 || w2 < 14 && w2 > 8) {
                break;
              }
              if (i3 === j2) {
                handleWarning("illegal character after attribute end");
                skipAttr = true;
              }
            }
            i3 = j2 + 1;
            if (skipAttr) {
              continue parseAttr;
            }
            if (seenAttrs.has(name)) {
              handleWarning("attribute <" + name + "> already defined");
              continue;
            }
            seenAttrs.add(name);
            if (!isNamespace) {
              attrs[name] = value;
              continue;
            }
            if (maybeNS) {
              newalias = name === "xmlns" ? "xmlns" : name.charCodeAt(0) === 120 && name.substr(0, 6) === "xmlns:" ? name.substr(6) : null;
              if (newalias !== null) {
                nsUri = decodeEntities(value);
                nsUriPrefix = uriPrefix(newalias);
                alias = nsUriToPrefix[nsUri];
                if (!alias) {
                  if (newalias === "xmlns" || nsUriPrefix in nsMatrix && nsMatrix[nsUriPrefix] !== nsUri) {
                    do {
                      alias = "ns" + anonymousNsCount++;
                    } while (typeof nsMatrix[alias] !== "undefined");
                  } else {
                    alias = newalias;
                  }
                  nsUriToPrefix[nsUri] = alias;
                }
                if (nsMatrix[newalias] !== alias) {
                  if (!hasNewMatrix) {
                    nsMatrix = cloneNsMatrix(nsMatrix);
                    hasNewMatrix = true;
                  }
                  nsMatrix[newalias] = alias;
                  if (newalias === "xmlns") {
                    nsMatrix[uriPrefix(alias)] = nsUri;
                    defaultAlias = alias;
                  }
                  nsMatrix[nsUriPrefix] = nsUri;
                }
                attrs[name] = value;
                continue;
              }
              attrList.push(name, value);
              continue;
            }
            name = normalizeAttrName(name, defaultAlias);
            if (name === null) {
              continue;
            }
            attrs[name] = value;
          }
          if (maybeNS) {
            for (i3 = 0, l = attrList.length; i3 < l; i3++) {
              name = normalizeAttrName(attrList[i3++], defaultAlias);
              value = attrList[i3];
              if (name === null) {
                continue;
              }
              attrs[name] = value;
            }
          }
          return cachedAttrs = attrs;
        }
        function getParseContext() {
          var splitsRe = /(\r\n|\r|\n)/g;
          var line = 0;
          var column = 0;
          var startOfLine = 0;
          var endOfLine = j;
          var match;
          var data;
          while (i2 >= startOfLine) {
            match = splitsRe.exec(xml);
            if (!match) {
              break;
            }
            endOfLine = match[0].length + match.index;
            if (endOfLine > i2) {
              break;
            }
            line += 1;
            startOfLine = endOfLine;
          }
          if (i2 == -1) {
            column = endOfLine;
            data = xml.substring(j);
          } else if (j === 0) {
            data = xml.substring(j, i2);
          } else {
            column = i2 - startOfLine;
            data = j == -1 ? xml.substring(i2) : xml.substring(i2, j + 1);
          }
          return {
            "data": data,
            "line": line,
            "column": column
          };
        }
        getContext = getParseContext;
        if (proxy) {
          elementProxy = Object.create({}, {
            "name": getter(function() {
              return elementName;
            }),
            "originalName": getter(function() {
              return _elementName;
            }),
            "attrs": getter(getAttrs),
            "ns": getter(function() {
              return nsMatrix;
            })
          });
        }
        while (j !== -1) {
          if (xml.charCodeAt(j) === 60) {
            i2 = j;
          } else {
            i2 = xml.indexOf("<", j);
          }
          if (i2 === -1) {
            if (streaming2) {
              return xml.substring(j);
            }
            if (nodeStack.length) {
              return handleError("unexpected end of file");
            }
            if (!rootTagFound) {
              return handleError("missing start tag");
            }
            if (j < xml.length) {
              if (xml.substring(j).trim()) {
                handleWarning(NON_WHITESPACE_OUTSIDE_ROOT_NODE);
              }
            }
            return;
          }
          if (!rootTagFound) {
            rootTagFound = true;
          }
          if (j !== i2) {
            if (nodeStack.length) {
              if (onText) {
                onText(xml.substring(j, i2), decodeEntities, getContext);
                if (parseStop) {
                  return;
                }
              }
            } else {
              if (xml.substring(j, i2).trim()) {
                handleWarning(NON_WHITESPACE_OUTSIDE_ROOT_NODE);
                if (parseStop) {
                  return;
                }
              }
            }
          }
          w = xml.charCodeAt(i2 + 1);
          if (w === 33) {
            q = xml.charCodeAt(i2 + 2);
            if (q === 91 && xml.substr(i2 + 3, 6) === "CDATA[") {
              j = xml.indexOf("]]>", i2);
              if (j === -1) {
                if (streaming2) {
                  return xml.substring(i2);
                }
                return handleError("unclosed cdata");
              }
              if (onCDATA) {
                onCDATA(xml.substring(i2 + 9, j), getContext);
                if (parseStop) {
                  return;
                }
              }
              j += 3;
              continue;
            }
            if (q === 45 && xml.charCodeAt(i2 + 3) === 45) {
              j = xml.indexOf("-->", i2);
              if (j === -1) {
                if (streaming2) {
                  return xml.substring(i2);
                }
                return handleError("unclosed comment");
              }
              if (onComment) {
                onComment(xml.substring(i2 + 4, j), decodeEntities, getContext);
                if (parseStop) {
                  return;
                }
              }
              j += 3;
              continue;
            }
          }
          if (w === 63) {
            j = xml.indexOf("?>", i2);
            if (j === -1) {
              if (streaming2) {
                return xml.substring(i2);
              }
              return handleError("unclosed question");
            }
            if (onQuestion) {
              onQuestion(xml.substring(i2, j + 2), getContext);
              if (parseStop) {
                return;
              }
            }
            j += 2;
            continue;
          }
          for (x2 = i2 + 1; ; x2++) {
            v = xml.charCodeAt(x2);
            if (isNaN(v)) {
              if (streaming2) {
                return xml.substring(i2);
              }
              j = -1;
              return handleError("unclosed tag");
            }
            if (v === 34) {
              q = xml.indexOf('"', x2 + 1);
              x2 = q !== -1 ? q : x2;
            } else if (v === 39) {
              q = xml.indexOf("'", x2 + 1);
              x2 = q !== -1 ? q : x2;
            } else if (v === 62) {
              j = x2;
              break;
            }
          }
          if (w === 33) {
            if (onAttention) {
              onAttention(xml.substring(i2, j + 1), decodeEntities, getContext);
              if (parseStop) {
                return;
              }
            }
            j += 1;
            continue;
          }
          cachedAttrs = {};
          if (w === 47) {
            tagStart = false;
            tagEnd = true;
            if (!nodeStack.length) {
              return handleError("missing open tag");
            }
            x2 = elementName = nodeStack.pop();
            q = i2 + 2 + x2.length;
            if (xml.substring(i2 + 2, q) !== x2) {
              return handleError("closing tag mismatch");
            }
            for (; q < j; q++) {
              w = xml.charCodeAt(q);
              if (w === 32 || w > 8 && w < 14) {
                continue;
              }
              return handleError("close tag");
            }
          } else {
            if (xml.charCodeAt(j - 1) === 47) {
              x2 = elementName = xml.substring(i2 + 1, j - 1);
              tagStart = true;
              tagEnd = true;
            } else {
              x2 = elementName = xml.substring(i2 + 1, j);
              tagStart = true;
              tagEnd = false;
            }
            if (!(w > 96 && w < 123 || w > 64 && w < 91 || w === 95 || w === 58)) {
              return handleError("illegal first char nodeName");
            }
            for (q = 1, y = x2.length; q < y; q++) {
              w = x2.charCodeAt(q);
              if (w > 96 && w < 123 || w > 64 && w < 91 || w > 47 && w < 59 || w === 45 || w === 95 || w == 46) {
                continue;
              }
              if (w === 32 || w < 14 && w > 8) {
                elementName = x2.substring(0, q);
                cachedAttrs = null;
                break;
              }
              return handleError("invalid nodeName");
            }
            if (!tagEnd) {
              nodeStack.push(elementName);
            }
          }
          if (isNamespace) {
            _nsMatrix = nsMatrix;
            if (tagStart) {
              if (!tagEnd) {
                nsMatrixStack.push(_nsMatrix);
              }
              if (cachedAttrs === null) {
                if (maybeNS = x2.indexOf("xmlns", q) !== -1) {
                  attrsStart = q;
                  attrsString = x2;
                  getAttrs();
                  maybeNS = false;
                }
              }
            }
            _elementName = elementName;
            if (elNameCacheMatrix !== nsMatrix) {
              elNameCache = nsMatrix[NAME_CACHE];
              if (elNameCache === void 0) {
                elNameCache = nsMatrix[NAME_CACHE] = {};
              }
              elNameCacheMatrix = nsMatrix;
            }
            var _cachedName = elNameCache[elementName];
            if (_cachedName !== void 0) {
              elementName = _cachedName;
            } else {
              w = elementName.indexOf(":");
              if (w !== -1) {
                xmlns = nsMatrix[elementName.substring(0, w)];
                if (!xmlns) {
                  return handleError("missing namespace on <" + _elementName + ">");
                }
                elementName = elementName.substr(w + 1);
              } else {
                xmlns = nsMatrix["xmlns"];
              }
              if (xmlns) {
                elementName = xmlns + ":" + elementName;
              }
              elNameCache[_elementName] = elementName;
            }
          }
          if (tagStart) {
            attrsStart = q;
            attrsString = x2;
            if (onOpenTag) {
              if (proxy) {
                onOpenTag(elementProxy, decodeEntities, tagEnd, getContext);
              } else {
                onOpenTag(elementName, getAttrs, decodeEntities, tagEnd, getContext);
              }
              if (parseStop) {
                return;
              }
            }
          }
          if (tagEnd) {
            if (onCloseTag) {
              onCloseTag(proxy ? elementProxy : elementName, decodeEntities, tagStart, getContext);
              if (parseStop) {
                return;
              }
            }
            if (isNamespace) {
              if (!tagStart) {
                nsMatrix = nsMatrixStack.pop();
              } else {
                nsMatrix = _nsMatrix;
              }
            }
          }
          j += 1;
        }
      }
    }
    return new Parser(options);
  }
  function parseXmlStream(state, onOpenTag, onCloseTag, onText) {
    var errored = false;
    var mustNotHaveErrored = function mustNotHaveErrored2() {
      if (errored) {
        throw new Error("Errored");
      }
    };
    var resolvePromise;
    var parser = new Parser_();
    var write = function write2(xml) {
      mustNotHaveErrored();
      parser.write(xml);
    };
    var end = function end2() {
      mustNotHaveErrored();
      parser.end();
      resolvePromise();
    };
    var promise = new Promise(function(resolve, reject) {
      resolvePromise = resolve;
      var onerror = function onerror2(error2) {
        errored = true;
        throw error2;
      };
      var ontext = function ontext2(text, decodeEntities) {
        if (onText) {
          onText(decodeEntities(text), state);
        }
      };
      var onopentag = function onopentag2(elementName, getAttributes, decodeEntities, selfClosing, getContext) {
        if (onOpenTag) {
          var attributes = getAttributes();
          for (var name in attributes) {
            attributes[trimXmlnsPrefix(name, true)] = decodeEntities(attributes[name]);
          }
          onOpenTag(trimXmlnsPrefix(elementName), attributes, state);
        }
      };
      var onclosetag = function onclosetag2(elementName) {
        if (onCloseTag) {
          onCloseTag(trimXmlnsPrefix(elementName), state);
        }
      };
      parser.on("error", onerror);
      parser.on("text", ontext);
      parser.on("openTag", onopentag);
      parser.on("closeTag", onclosetag);
    });
    return {
      promise,
      write,
      end
    };
  }
  function trimXmlnsPrefix(string2, isAttributeName) {
    var i2 = 0;
    while (i2 < string2.length) {
      if (string2[i2] === ":") {
        if (isAttributeName && i2 === 5 && string2.slice(0, 5) === "xmlns") ;
        else {
          return string2.slice(i2 + 1);
        }
      }
      i2++;
    }
    return string2;
  }
  function _typeof$6(o) {
    "@babel/helpers - typeof";
    return _typeof$6 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$6(o);
  }
  function _createClass$3(Constructor, protoProps, staticProps) {
    Object.defineProperty(Constructor, "prototype", { writable: false });
    return Constructor;
  }
  function _classCallCheck$3(instance, Constructor) {
    if (!(instance instanceof Constructor)) {
      throw new TypeError("Cannot call a class as a function");
    }
  }
  function _inherits$3(subClass, superClass) {
    if (typeof superClass !== "function" && superClass !== null) {
      throw new TypeError("Super expression must either be null or a function");
    }
    subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, writable: true, configurable: true } });
    Object.defineProperty(subClass, "prototype", { writable: false });
    if (superClass) _setPrototypeOf$3(subClass, superClass);
  }
  function _createSuper$3(Derived) {
    var hasNativeReflectConstruct = _isNativeReflectConstruct$3();
    return function _createSuperInternal() {
      var Super = _getPrototypeOf$3(Derived), result2;
      if (hasNativeReflectConstruct) {
        var NewTarget = _getPrototypeOf$3(this).constructor;
        result2 = Reflect.construct(Super, arguments, NewTarget);
      } else {
        result2 = Super.apply(this, arguments);
      }
      return _possibleConstructorReturn$3(this, result2);
    };
  }
  function _possibleConstructorReturn$3(self2, call) {
    if (call && (_typeof$6(call) === "object" || typeof call === "function")) {
      return call;
    } else if (call !== void 0) {
      throw new TypeError("Derived constructors may only return object or undefined");
    }
    return _assertThisInitialized$3(self2);
  }
  function _assertThisInitialized$3(self2) {
    if (self2 === void 0) {
      throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    }
    return self2;
  }
  function _wrapNativeSuper$3(Class) {
    var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
    _wrapNativeSuper$3 = function _wrapNativeSuper2(Class2) {
      if (Class2 === null || !_isNativeFunction$3(Class2)) return Class2;
      if (typeof Class2 !== "function") {
        throw new TypeError("Super expression must either be null or a function");
      }
      if (typeof _cache !== "undefined") {
        if (_cache.has(Class2)) return _cache.get(Class2);
        _cache.set(Class2, Wrapper);
      }
      function Wrapper() {
        return _construct$3(Class2, arguments, _getPrototypeOf$3(this).constructor);
      }
      Wrapper.prototype = Object.create(Class2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } });
      return _setPrototypeOf$3(Wrapper, Class2);
    };
    return _wrapNativeSuper$3(Class);
  }
  function _construct$3(Parent, args, Class) {
    if (_isNativeReflectConstruct$3()) {
      _construct$3 = Reflect.construct.bind();
    } else {
      _construct$3 = function _construct2(Parent2, args2, Class2) {
        var a = [null];
        a.push.apply(a, args2);
        var Constructor = Function.bind.apply(Parent2, a);
        var instance = new Constructor();
        if (Class2) _setPrototypeOf$3(instance, Class2.prototype);
        return instance;
      };
    }
    return _construct$3.apply(null, arguments);
  }
  function _isNativeReflectConstruct$3() {
    if (typeof Reflect === "undefined" || !Reflect.construct) return false;
    if (Reflect.construct.sham) return false;
    if (typeof Proxy === "function") return true;
    try {
      Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
      return true;
    } catch (e) {
      return false;
    }
  }
  function _isNativeFunction$3(fn) {
    return Function.toString.call(fn).indexOf("[native code]") !== -1;
  }
  function _setPrototypeOf$3(o, p) {
    _setPrototypeOf$3 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
      o2.__proto__ = p2;
      return o2;
    };
    return _setPrototypeOf$3(o, p);
  }
  function _getPrototypeOf$3(o) {
    _getPrototypeOf$3 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf2(o2) {
      return o2.__proto__ || Object.getPrototypeOf(o2);
    };
    return _getPrototypeOf$3(o);
  }
  var InvalidSpreadsheetError = /* @__PURE__ */ (function(_Error) {
    _inherits$3(InvalidSpreadsheetError2, _Error);
    var _super = _createSuper$3(InvalidSpreadsheetError2);
    function InvalidSpreadsheetError2(message) {
      var _this;
      _classCallCheck$3(this, InvalidSpreadsheetError2);
      _this = _super.call(this, message);
      _this.name = "InvalidSpreadsheetError";
      return _this;
    }
    return _createClass$3(InvalidSpreadsheetError2);
  })(/* @__PURE__ */ _wrapNativeSuper$3(Error));
  function parseXml(xml, state, onOpenTag, onCloseTag, onText, onProgress) {
    var parser = parseXmlStream(state, onOpenTag, onCloseTag, onText);
    if (onProgress) {
      parseXmlInChunks(parser, xml, onProgress);
    } else {
      parser.write(xml);
      parser.end();
    }
    return parser.promise.then(function(result2) {
      return result2;
    }, function(error2) {
      var spreadsheetError = new InvalidSpreadsheetError(error2.message);
      spreadsheetError.stack = error2.stack;
      spreadsheetError.cause = error2;
      throw spreadsheetError;
    });
    function parseXmlInChunks(parser2, xml2, onProgress2, nonBlocking) {
      var MAX_CHUNK_PROCESSING_TIME = 7;
      var INITIAL_CHUNK_SIZE = 64 * 1024;
      var chunkSize = INITIAL_CHUNK_SIZE;
      var parseNextChunk = function parseNextChunk2() {
        var startedAt = Date.now();
        if (xml2.length > chunkSize) {
          parser2.write(xml2.slice(0, chunkSize));
          if (onProgress2) {
            onProgress2(false);
          }
          xml2 = xml2.slice(chunkSize);
          var chunkProcessingTime = Date.now() - startedAt;
          if (chunkProcessingTime < MAX_CHUNK_PROCESSING_TIME * 0.5) {
            chunkSize *= 2;
          } else if (chunkProcessingTime > MAX_CHUNK_PROCESSING_TIME) {
            chunkSize /= 2;
          }
          return true;
        } else {
          parser2.write(xml2);
          parser2.end();
          if (onProgress2) {
            onProgress2(true);
          }
          return false;
        }
      };
      var loop = function loop2() {
        if (parseNextChunk()) {
          {
            loop2();
          }
        }
      };
      loop();
    }
  }
  var ch2 = {};
  var wk = (function(c, id, msg, transfer, cb) {
    var w = new Worker(ch2[id] || (ch2[id] = URL.createObjectURL(new Blob([
      c + ';addEventListener("error",function(e){e=e.error;postMessage({$e$:[e.message,e.code,e.stack]})})'
    ], { type: "text/javascript" }))));
    w.onmessage = function(e) {
      var d = e.data, ed = d.$e$;
      if (ed) {
        var err2 = new Error(ed[0]);
        err2["code"] = ed[1];
        err2.stack = ed[2];
        cb(err2, null);
      } else
        cb(null, d);
    };
    w.postMessage(msg, transfer);
    return w;
  });
  var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
  var fleb = new u8([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    2,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    4,
    5,
    5,
    5,
    5,
    0,
    /* unused */
    0,
    0,
    /* impossible */
    0
  ]);
  var fdeb = new u8([
    0,
    0,
    0,
    0,
    1,
    1,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    13,
    13,
    /* unused */
    0,
    0
  ]);
  var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
  var freb = function(eb, start) {
    var b = new u16(31);
    for (var i2 = 0; i2 < 31; ++i2) {
      b[i2] = start += 1 << eb[i2 - 1];
    }
    var r = new i32(b[30]);
    for (var i2 = 1; i2 < 30; ++i2) {
      for (var j = b[i2]; j < b[i2 + 1]; ++j) {
        r[j] = j - b[i2] << 5 | i2;
      }
    }
    return { b, r };
  };
  var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
  fl[28] = 258, revfl[258] = 28;
  var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
  var rev = new u16(32768);
  for (var i = 0; i < 32768; ++i) {
    var x = (i & 43690) >> 1 | (i & 21845) << 1;
    x = (x & 52428) >> 2 | (x & 13107) << 2;
    x = (x & 61680) >> 4 | (x & 3855) << 4;
    rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
  }
  var hMap = (function(cd, mb, r) {
    var s = cd.length;
    var i2 = 0;
    var l = new u16(mb);
    for (; i2 < s; ++i2) {
      if (cd[i2])
        ++l[cd[i2] - 1];
    }
    var le = new u16(mb);
    for (i2 = 1; i2 < mb; ++i2) {
      le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
    }
    var co;
    if (r) {
      co = new u16(1 << mb);
      var rvb = 15 - mb;
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          var sv = i2 << 4 | cd[i2];
          var r_1 = mb - cd[i2];
          var v = le[cd[i2] - 1]++ << r_1;
          for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
            co[rev[v] >> rvb] = sv;
          }
        }
      }
    } else {
      co = new u16(s);
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
        }
      }
    }
    return co;
  });
  var flt = new u8(288);
  for (var i = 0; i < 144; ++i)
    flt[i] = 8;
  for (var i = 144; i < 256; ++i)
    flt[i] = 9;
  for (var i = 256; i < 280; ++i)
    flt[i] = 7;
  for (var i = 280; i < 288; ++i)
    flt[i] = 8;
  var fdt = new u8(32);
  for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
  var flm = /* @__PURE__ */ hMap(flt, 9, 0), flrm = /* @__PURE__ */ hMap(flt, 9, 1);
  var fdm = /* @__PURE__ */ hMap(fdt, 5, 0), fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
  var max = function(a) {
    var m = a[0];
    for (var i2 = 1; i2 < a.length; ++i2) {
      if (a[i2] > m)
        m = a[i2];
    }
    return m;
  };
  var bits = function(d, p, m) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
  };
  var bits16 = function(d, p) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
  };
  var shft = function(p) {
    return (p + 7) / 8 | 0;
  };
  var slc = function(v, s, e) {
    if (s == null || s < 0)
      s = 0;
    if (e == null || e > v.length)
      e = v.length;
    return new u8(v.subarray(s, e));
  };
  var ec = [
    "unexpected EOF",
    "invalid block type",
    "invalid length/literal",
    "invalid distance",
    "stream finished",
    "no stream handler",
    ,
    // determined by compression function
    "no callback",
    "invalid UTF-8 data",
    "extra field too long",
    "date not in range 1980-2099",
    "filename too long",
    "stream finishing",
    "invalid zip data"
    // determined by unknown compression method
  ];
  var err = function(ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
      Error.captureStackTrace(e, err);
    if (!nt)
      throw e;
    return e;
  };
  var inflt = function(dat, st, buf, dict) {
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
      return buf || new u8(0);
    var noBuf = !buf;
    var resize = noBuf || st.i != 2;
    var noSt = st.i;
    if (noBuf)
      buf = new u8(sl * 3);
    var cbuf = function(l2) {
      var bl = buf.length;
      if (l2 > bl) {
        var nbuf = new u8(Math.max(bl * 2, l2));
        nbuf.set(buf);
        buf = nbuf;
      }
    };
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    var tbts = sl * 8;
    do {
      if (!lm) {
        final = bits(dat, pos, 1);
        var type = bits(dat, pos + 1, 3);
        pos += 3;
        if (!type) {
          var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
          if (t > sl) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + l);
          buf.set(dat.subarray(s, t), bt);
          st.b = bt += l, st.p = pos = t * 8, st.f = final;
          continue;
        } else if (type == 1)
          lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type == 2) {
          var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
          var tl = hLit + bits(dat, pos + 5, 31) + 1;
          pos += 14;
          var ldt = new u8(tl);
          var clt = new u8(19);
          for (var i2 = 0; i2 < hcLen; ++i2) {
            clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
          }
          pos += hcLen * 3;
          var clb = max(clt), clbmsk = (1 << clb) - 1;
          var clm = hMap(clt, clb, 1);
          for (var i2 = 0; i2 < tl; ) {
            var r = clm[bits(dat, pos, clbmsk)];
            pos += r & 15;
            var s = r >> 4;
            if (s < 16) {
              ldt[i2++] = s;
            } else {
              var c = 0, n2 = 0;
              if (s == 16)
                n2 = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
              else if (s == 17)
                n2 = 3 + bits(dat, pos, 7), pos += 3;
              else if (s == 18)
                n2 = 11 + bits(dat, pos, 127), pos += 7;
              while (n2--)
                ldt[i2++] = c;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt);
          dbt = max(dt);
          lm = hMap(lt, lbt, 1);
          dm = hMap(dt, dbt, 1);
        } else
          err(1);
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
      }
      if (resize)
        cbuf(bt + 131072);
      var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
      var lpos = pos;
      for (; ; lpos = pos) {
        var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
        pos += c & 15;
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (!c)
          err(2);
        if (sym < 256)
          buf[bt++] = sym;
        else if (sym == 256) {
          lpos = pos, lm = null;
          break;
        } else {
          var add = sym - 254;
          if (sym > 264) {
            var i2 = sym - 257, b = fleb[i2];
            add = bits(dat, pos, (1 << b) - 1) + fl[i2];
            pos += b;
          }
          var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
          if (!d)
            err(3);
          pos += d & 15;
          var dt = fd[dsym];
          if (dsym > 3) {
            var b = fdeb[dsym];
            dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
          }
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + 131072);
          var end = bt + add;
          if (bt < dt) {
            var shift = dl - dt, dend = Math.min(dt, end);
            if (shift + bt < 0)
              err(3);
            for (; bt < dend; ++bt)
              buf[bt] = dict[shift + bt];
          }
          for (; bt < end; ++bt)
            buf[bt] = buf[bt - dt];
        }
      }
      st.l = lm, st.p = lpos, st.b = bt, st.f = final;
      if (lm)
        final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
  };
  var wbits = function(d, p, v) {
    v <<= p & 7;
    var o = p / 8 | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
  };
  var wbits16 = function(d, p, v) {
    v <<= p & 7;
    var o = p / 8 | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
  };
  var hTree = function(d, mb) {
    var t = [];
    for (var i2 = 0; i2 < d.length; ++i2) {
      if (d[i2])
        t.push({ s: i2, f: d[i2] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
      return { t: et, l: 0 };
    if (s == 1) {
      var v = new u8(t[0].s + 1);
      v[t[0].s] = 1;
      return { t: v, l: 1 };
    }
    t.sort(function(a, b) {
      return a.f - b.f;
    });
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
    t[0] = { s: -1, f: l.f + r.f, l, r };
    while (i1 != s - 1) {
      l = t[t[i0].f < t[i22].f ? i0++ : i22++];
      r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
      t[i1++] = { s: -1, f: l.f + r.f, l, r };
    }
    var maxSym = t2[0].s;
    for (var i2 = 1; i2 < s; ++i2) {
      if (t2[i2].s > maxSym)
        maxSym = t2[i2].s;
    }
    var tr = new u16(maxSym + 1);
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
      var i2 = 0, dt = 0;
      var lft = mbt - mb, cst = 1 << lft;
      t2.sort(function(a, b) {
        return tr[b.s] - tr[a.s] || a.f - b.f;
      });
      for (; i2 < s; ++i2) {
        var i2_1 = t2[i2].s;
        if (tr[i2_1] > mb) {
          dt += cst - (1 << mbt - tr[i2_1]);
          tr[i2_1] = mb;
        } else
          break;
      }
      dt >>= lft;
      while (dt > 0) {
        var i2_2 = t2[i2].s;
        if (tr[i2_2] < mb)
          dt -= 1 << mb - tr[i2_2]++ - 1;
        else
          ++i2;
      }
      for (; i2 >= 0 && dt; --i2) {
        var i2_3 = t2[i2].s;
        if (tr[i2_3] == mb) {
          --tr[i2_3];
          ++dt;
        }
      }
      mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
  };
  var ln = function(n2, l, d) {
    return n2.s == -1 ? Math.max(ln(n2.l, l, d + 1), ln(n2.r, l, d + 1)) : l[n2.s] = d;
  };
  var lc = function(c) {
    var s = c.length;
    while (s && !c[--s])
      ;
    var cl = new u16(++s);
    var cli = 0, cln = c[0], cls2 = 1;
    var w = function(v) {
      cl[cli++] = v;
    };
    for (var i2 = 1; i2 <= s; ++i2) {
      if (c[i2] == cln && i2 != s)
        ++cls2;
      else {
        if (!cln && cls2 > 2) {
          for (; cls2 > 138; cls2 -= 138)
            w(32754);
          if (cls2 > 2) {
            w(cls2 > 10 ? cls2 - 11 << 5 | 28690 : cls2 - 3 << 5 | 12305);
            cls2 = 0;
          }
        } else if (cls2 > 3) {
          w(cln), --cls2;
          for (; cls2 > 6; cls2 -= 6)
            w(8304);
          if (cls2 > 2)
            w(cls2 - 3 << 5 | 8208), cls2 = 0;
        }
        while (cls2--)
          w(cln);
        cls2 = 1;
        cln = c[i2];
      }
    }
    return { c: cl.subarray(0, cli), n: s };
  };
  var clen = function(cf, cl) {
    var l = 0;
    for (var i2 = 0; i2 < cl.length; ++i2)
      l += cf[i2] * cl[i2];
    return l;
  };
  var wfblk = function(out, pos, dat) {
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i2 = 0; i2 < s; ++i2)
      out[o + i2 + 4] = dat[i2];
    return (o + 4 + s) * 8;
  };
  var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
    var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i2 = 0; i2 < lclt.length; ++i2)
      ++lcfreq[lclt[i2] & 31];
    for (var i2 = 0; i2 < lcdt.length; ++i2)
      ++lcfreq[lcdt[i2] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
      ;
    var flen = bl + 5 << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
      return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
      lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
      var llm = hMap(lct, mlcb, 0);
      wbits(out, p, nlc - 257);
      wbits(out, p + 5, ndc - 1);
      wbits(out, p + 10, nlcc - 4);
      p += 14;
      for (var i2 = 0; i2 < nlcc; ++i2)
        wbits(out, p + 3 * i2, lct[clim[i2]]);
      p += 3 * nlcc;
      var lcts = [lclt, lcdt];
      for (var it = 0; it < 2; ++it) {
        var clct = lcts[it];
        for (var i2 = 0; i2 < clct.length; ++i2) {
          var len = clct[i2] & 31;
          wbits(out, p, llm[len]), p += lct[len];
          if (len > 15)
            wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
        }
      }
    } else {
      lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i2 = 0; i2 < li; ++i2) {
      var sym = syms[i2];
      if (sym > 255) {
        var len = sym >> 18 & 31;
        wbits16(out, p, lm[len + 257]), p += ll[len + 257];
        if (len > 7)
          wbits(out, p, sym >> 23 & 31), p += fleb[len];
        var dst = sym & 31;
        wbits16(out, p, dm[dst]), p += dl[dst];
        if (dst > 3)
          wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
      } else {
        wbits16(out, p, lm[sym]), p += ll[sym];
      }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
  };
  var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
  var et = /* @__PURE__ */ new u8(0);
  var dflt = function(dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
      if (pos)
        w[0] = st.r >> 3;
      var opt = deo[lvl - 1];
      var n2 = opt >> 13, c = opt & 8191;
      var msk_1 = (1 << plvl) - 1;
      var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
      var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
      var hsh = function(i3) {
        return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
      };
      var syms = new i32(25e3);
      var lf = new u16(288), df = new u16(32);
      var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
      for (; i2 + 2 < s; ++i2) {
        var hv = hsh(i2);
        var imod = i2 & 32767, pimod = head[hv];
        prev[imod] = pimod;
        head[hv] = imod;
        if (wi <= i2) {
          var rem = s - i2;
          if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
            pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
            li = lc_1 = eb = 0, bs = i2;
            for (var j = 0; j < 286; ++j)
              lf[j] = 0;
            for (var j = 0; j < 30; ++j)
              df[j] = 0;
          }
          var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
          if (rem > 2 && hv == hsh(i2 - dif)) {
            var maxn = Math.min(n2, rem) - 1;
            var maxd = Math.min(32767, i2);
            var ml = Math.min(258, rem);
            while (dif <= maxd && --ch_1 && imod != pimod) {
              if (dat[i2 + l] == dat[i2 + l - dif]) {
                var nl = 0;
                for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                  ;
                if (nl > l) {
                  l = nl, d = dif;
                  if (nl > maxn)
                    break;
                  var mmd = Math.min(dif, nl - 2);
                  var md = 0;
                  for (var j = 0; j < mmd; ++j) {
                    var ti = i2 - dif + j & 32767;
                    var pti = prev[ti];
                    var cd = ti - pti & 32767;
                    if (cd > md)
                      md = cd, pimod = ti;
                  }
                }
              }
              imod = pimod, pimod = prev[imod];
              dif += imod - pimod & 32767;
            }
          }
          if (d) {
            syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
            var lin = revfl[l] & 31, din = revfd[d] & 31;
            eb += fleb[lin] + fdeb[din];
            ++lf[257 + lin];
            ++df[din];
            wi = i2 + l;
            ++lc_1;
          } else {
            syms[li++] = dat[i2];
            ++lf[dat[i2]];
          }
        }
      }
      for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
        syms[li++] = dat[i2];
        ++lf[dat[i2]];
      }
      pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
      if (!lst) {
        st.r = pos & 7 | w[pos / 8 | 0] << 3;
        pos -= 7;
        st.h = head, st.p = prev, st.i = i2, st.w = wi;
      }
    } else {
      for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
        var e = i2 + 65535;
        if (e >= s) {
          w[pos / 8 | 0] = lst;
          e = s;
        }
        pos = wfblk(w, pos + 1, dat.subarray(i2, e));
      }
      st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
  };
  var crct = /* @__PURE__ */ (function() {
    var t = new Int32Array(256);
    for (var i2 = 0; i2 < 256; ++i2) {
      var c = i2, k = 9;
      while (--k)
        c = (c & 1 && -306674912) ^ c >>> 1;
      t[i2] = c;
    }
    return t;
  })();
  var crc = function() {
    var c = -1;
    return {
      p: function(d) {
        var cr = c;
        for (var i2 = 0; i2 < d.length; ++i2)
          cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
        c = cr;
      },
      d: function() {
        return ~c;
      }
    };
  };
  var dopt = function(dat, opt, pre, post, st) {
    if (!st) {
      st = { l: 1 };
      if (opt.dictionary) {
        var dict = opt.dictionary.subarray(-32768);
        var newDat = new u8(dict.length + dat.length);
        newDat.set(dict);
        newDat.set(dat, dict.length);
        dat = newDat;
        st.w = dict.length;
      }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
  };
  var mrg = function(a, b) {
    var o = {};
    for (var k in a)
      o[k] = a[k];
    for (var k in b)
      o[k] = b[k];
    return o;
  };
  var wcln = function(fn, fnStr, td2) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf("[") + 1, st.lastIndexOf("]")).replace(/\s+/g, "").split(",");
    for (var i2 = 0; i2 < dt.length; ++i2) {
      var v = dt[i2], k = ks[i2];
      if (typeof v == "function") {
        fnStr += ";" + k + "=";
        var st_1 = v.toString();
        if (v.prototype) {
          if (st_1.indexOf("[native code]") != -1) {
            var spInd = st_1.indexOf(" ", 8) + 1;
            fnStr += st_1.slice(spInd, st_1.indexOf("(", spInd));
          } else {
            fnStr += st_1;
            for (var t in v.prototype)
              fnStr += ";" + k + ".prototype." + t + "=" + v.prototype[t].toString();
          }
        } else
          fnStr += st_1;
      } else
        td2[k] = v;
    }
    return fnStr;
  };
  var ch = [];
  var cbfs = function(v) {
    var tl = [];
    for (var k in v) {
      if (v[k].buffer) {
        tl.push((v[k] = new v[k].constructor(v[k])).buffer);
      }
    }
    return tl;
  };
  var wrkr = function(fns, init, id, cb) {
    if (!ch[id]) {
      var fnStr = "", td_1 = {}, m = fns.length - 1;
      for (var i2 = 0; i2 < m; ++i2)
        fnStr = wcln(fns[i2], fnStr, td_1);
      ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td2 = mrg({}, ch[id].e);
    return wk(ch[id].c + ";onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=" + init.toString() + "}", id, td2, cbfs(td2), cb);
  };
  var bInflt = function() {
    return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt];
  };
  var pbf = function(msg) {
    return postMessage(msg, [msg.buffer]);
  };
  var gopt = function(o) {
    return o && {
      out: o.size && new u8(o.size),
      dictionary: o.dictionary
    };
  };
  var cbify = function(dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function(err2, dat2) {
      w.terminate();
      cb(err2, dat2);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function() {
      w.terminate();
    };
  };
  var b2 = function(d, b) {
    return d[b] | d[b + 1] << 8;
  };
  var b4 = function(d, b) {
    return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
  };
  var b8 = function(d, b) {
    return b4(d, b) + b4(d, b + 4) * 4294967296;
  };
  var wbytes = function(d, b, v) {
    for (; v; ++b)
      d[b] = v, v >>>= 8;
  };
  function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
  }
  function inflate(data, opts, cb) {
    if (!cb)
      cb = opts, opts = {};
    if (typeof cb != "function")
      err(7);
    return cbify(data, opts, [
      bInflt
    ], function(ev) {
      return pbf(inflateSync(ev.data[0], gopt(ev.data[1])));
    }, 1, cb);
  }
  function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
  }
  var fltn = function(d, p, t, o) {
    for (var k in d) {
      var val = d[k], n2 = p + k, op = o;
      if (Array.isArray(val))
        op = mrg(o, val[1]), val = val[0];
      if (ArrayBuffer.isView(val))
        t[n2] = [val, op];
      else {
        t[n2 += "/"] = [new u8(0), op];
        fltn(val, n2, t, o);
      }
    }
  };
  var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
  var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
  var tds = 0;
  try {
    td.decode(et, { stream: true });
    tds = 1;
  } catch (e) {
  }
  var dutf8 = function(d) {
    for (var r = "", i2 = 0; ; ) {
      var c = d[i2++];
      var eb = (c > 127) + (c > 223) + (c > 239);
      if (i2 + eb > d.length)
        return { s: r, r: slc(d, i2 - 1) };
      if (!eb)
        r += String.fromCharCode(c);
      else if (eb == 3) {
        c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
      } else if (eb & 1)
        r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
      else
        r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
    }
  };
  function strToU8(str, latin1) {
    if (latin1) {
      var ar_1 = new u8(str.length);
      for (var i2 = 0; i2 < str.length; ++i2)
        ar_1[i2] = str.charCodeAt(i2);
      return ar_1;
    }
    if (te)
      return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function(v) {
      ar[ai++] = v;
    };
    for (var i2 = 0; i2 < l; ++i2) {
      if (ai + 5 > ar.length) {
        var n2 = new u8(ai + 8 + (l - i2 << 1));
        n2.set(ar);
        ar = n2;
      }
      var c = str.charCodeAt(i2);
      if (c < 128 || latin1)
        w(c);
      else if (c < 2048)
        w(192 | c >> 6), w(128 | c & 63);
      else if (c > 55295 && c < 57344)
        c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
      else
        w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
    }
    return slc(ar, 0, ai);
  }
  function strFromU8$1(dat, latin1) {
    if (latin1) {
      var r = "";
      for (var i2 = 0; i2 < dat.length; i2 += 16384)
        r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
      return r;
    } else if (td) {
      return td.decode(dat);
    } else {
      var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
      if (r.length)
        err(8);
      return s;
    }
  }
  var slzh = function(d, b) {
    return b + 30 + b2(d, b + 26) + b2(d, b + 28);
  };
  var zh = function(d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8$1(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
  };
  var z64hs = function(d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
      for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
        if (b2(d, b) == 1) {
          return [
            nsc ? b8(d, b + 4 + 8 * nsu) : sc,
            nsu ? b8(d, b + 4) : su,
            noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
            1
          ];
        }
      }
      if (z < 2)
        err(13);
    }
    return [sc, su, off, 0];
  };
  var exfl = function(ex) {
    var le = 0;
    if (ex) {
      for (var k in ex) {
        var l = ex[k].length;
        if (l > 65535)
          err(9);
        le += l + 4;
      }
    }
    return le;
  };
  var wzh = function(d, b, f, fn, u, c, ce, co) {
    var fl2 = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
    if (ce != null)
      d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2;
    d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
      err(10);
    wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
    if (c != -1) {
      wbytes(d, b, f.crc);
      wbytes(d, b + 4, c < 0 ? -c - 2 : c);
      wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl2);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
      wbytes(d, b, col);
      wbytes(d, b + 6, f.attrs);
      wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl2;
    if (exl) {
      for (var k in ex) {
        var exf = ex[k], l = exf.length;
        wbytes(d, b, +k);
        wbytes(d, b + 2, l);
        d.set(exf, b + 4), b += 4 + l;
      }
    }
    if (col)
      d.set(co, b), b += col;
    return b;
  };
  var wzf = function(o, b, c, d, e) {
    wbytes(o, b, 101010256);
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
  };
  function zipSync(data, opts) {
    if (!opts)
      opts = {};
    var r = {};
    var files = [];
    fltn(data, "", r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
      var _a2 = r[fn], file = _a2[0], p = _a2[1];
      var compression = p.level == 0 ? 0 : 8;
      var f = strToU8(fn), s = f.length;
      var com = p.comment, m = com && strToU8(com), ms = m && m.length;
      var exl = exfl(p.extra);
      if (s > 65535)
        err(11);
      var d = compression ? deflateSync(file, p) : file, l = d.length;
      var c = crc();
      c.p(file);
      files.push(mrg(p, {
        size: file.length,
        crc: c.d(),
        c: d,
        f,
        m,
        u: s != fn.length || m && com.length != ms,
        o,
        compression
      }));
      o += 30 + s + exl + l;
      tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i2 = 0; i2 < files.length; ++i2) {
      var f = files[i2];
      wzh(out, f.o, f, f.f, f.u, f.c.length);
      var badd = 30 + f.f.length + exfl(f.extra);
      out.set(f.c, f.o + badd);
      wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
  }
  var mt = typeof queueMicrotask == "function" ? queueMicrotask : typeof setTimeout == "function" ? setTimeout : function(fn) {
    fn();
  };
  function unzip(data, opts, cb) {
    if (!cb)
      cb = opts, opts = {};
    if (typeof cb != "function")
      err(7);
    var term = [];
    var tAll = function() {
      for (var i3 = 0; i3 < term.length; ++i3)
        term[i3]();
    };
    var files = {};
    var cbd = function(a, b) {
      mt(function() {
        cb(a, b);
      });
    };
    mt(function() {
      cbd = cb;
    });
    var e = data.length - 22;
    for (; b4(data, e) != 101010256; --e) {
      if (!e || data.length - e > 65558) {
        cbd(err(13, 0, 1), null);
        return tAll;
      }
    }
    var lft = b2(data, e + 8);
    if (lft) {
      var c = lft;
      var o = b4(data, e + 16);
      var z = b4(data, e - 20) == 117853008;
      if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 101075792;
        if (z) {
          c = lft = b4(data, ze + 32);
          o = b4(data, ze + 48);
        }
      }
      var fltr = opts && opts.filter;
      var _loop_3 = function(i3) {
        var _a2 = zh(data, o, z), c_1 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
        o = no;
        var cbl = function(e2, d) {
          if (e2) {
            tAll();
            cbd(e2, null);
          } else {
            if (d)
              files[fn] = d;
            if (!--lft)
              cbd(null, files);
          }
        };
        if (!fltr || fltr({
          name: fn,
          size: sc,
          originalSize: su,
          compression: c_1
        })) {
          if (!c_1)
            cbl(null, slc(data, b, b + sc));
          else if (c_1 == 8) {
            var infl = data.subarray(b, b + sc);
            if (su < 524288 || sc > 0.8 * su) {
              try {
                cbl(null, inflateSync(infl, { out: new u8(su) }));
              } catch (e2) {
                cbl(e2, null);
              }
            } else
              term.push(inflate(infl, { size: su }, cbl));
          } else
            cbl(err(14, "unknown compression type " + c_1, 1), null);
        } else
          cbl(null, null);
      };
      for (var i2 = 0; i2 < c; ++i2) {
        _loop_3(i2);
      }
    } else
      cbd(null, {});
    return tAll;
  }
  function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 101010256; --e) {
      if (!e || data.length - e > 65558)
        err(13);
    }
    var c = b2(data, e + 8);
    if (!c)
      return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 117853008;
    if (z) {
      var ze = b4(data, e - 12);
      z = b4(data, ze) == 101075792;
      if (z) {
        c = b4(data, ze + 32);
        o = b4(data, ze + 48);
      }
    }
    var fltr = opts && opts.filter;
    for (var i2 = 0; i2 < c; ++i2) {
      var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
      o = no;
      if (!fltr || fltr({
        name: fn,
        size: sc,
        originalSize: su,
        compression: c_2
      })) {
        if (!c_2)
          files[fn] = slc(data, b, b + sc);
        else if (c_2 == 8)
          files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
        else
          err(14, "unknown compression type " + c_2);
      }
    }
    return files;
  }
  const browser = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
    __proto__: null,
    deflateSync,
    inflate,
    inflateSync,
    strFromU8: strFromU8$1,
    strToU8,
    unzip,
    unzipSync,
    zipSync
  }, Symbol.toStringTag, { value: "Module" }));
  function _typeof$5(o) {
    "@babel/helpers - typeof";
    return _typeof$5 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$5(o);
  }
  function _createClass$2(Constructor, protoProps, staticProps) {
    Object.defineProperty(Constructor, "prototype", { writable: false });
    return Constructor;
  }
  function _classCallCheck$2(instance, Constructor) {
    if (!(instance instanceof Constructor)) {
      throw new TypeError("Cannot call a class as a function");
    }
  }
  function _inherits$2(subClass, superClass) {
    if (typeof superClass !== "function" && superClass !== null) {
      throw new TypeError("Super expression must either be null or a function");
    }
    subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, writable: true, configurable: true } });
    Object.defineProperty(subClass, "prototype", { writable: false });
    if (superClass) _setPrototypeOf$2(subClass, superClass);
  }
  function _createSuper$2(Derived) {
    var hasNativeReflectConstruct = _isNativeReflectConstruct$2();
    return function _createSuperInternal() {
      var Super = _getPrototypeOf$2(Derived), result2;
      if (hasNativeReflectConstruct) {
        var NewTarget = _getPrototypeOf$2(this).constructor;
        result2 = Reflect.construct(Super, arguments, NewTarget);
      } else {
        result2 = Super.apply(this, arguments);
      }
      return _possibleConstructorReturn$2(this, result2);
    };
  }
  function _possibleConstructorReturn$2(self2, call) {
    if (call && (_typeof$5(call) === "object" || typeof call === "function")) {
      return call;
    } else if (call !== void 0) {
      throw new TypeError("Derived constructors may only return object or undefined");
    }
    return _assertThisInitialized$2(self2);
  }
  function _assertThisInitialized$2(self2) {
    if (self2 === void 0) {
      throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    }
    return self2;
  }
  function _wrapNativeSuper$2(Class) {
    var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
    _wrapNativeSuper$2 = function _wrapNativeSuper2(Class2) {
      if (Class2 === null || !_isNativeFunction$2(Class2)) return Class2;
      if (typeof Class2 !== "function") {
        throw new TypeError("Super expression must either be null or a function");
      }
      if (typeof _cache !== "undefined") {
        if (_cache.has(Class2)) return _cache.get(Class2);
        _cache.set(Class2, Wrapper);
      }
      function Wrapper() {
        return _construct$2(Class2, arguments, _getPrototypeOf$2(this).constructor);
      }
      Wrapper.prototype = Object.create(Class2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } });
      return _setPrototypeOf$2(Wrapper, Class2);
    };
    return _wrapNativeSuper$2(Class);
  }
  function _construct$2(Parent, args, Class) {
    if (_isNativeReflectConstruct$2()) {
      _construct$2 = Reflect.construct.bind();
    } else {
      _construct$2 = function _construct2(Parent2, args2, Class2) {
        var a = [null];
        a.push.apply(a, args2);
        var Constructor = Function.bind.apply(Parent2, a);
        var instance = new Constructor();
        if (Class2) _setPrototypeOf$2(instance, Class2.prototype);
        return instance;
      };
    }
    return _construct$2.apply(null, arguments);
  }
  function _isNativeReflectConstruct$2() {
    if (typeof Reflect === "undefined" || !Reflect.construct) return false;
    if (Reflect.construct.sham) return false;
    if (typeof Proxy === "function") return true;
    try {
      Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
      return true;
    } catch (e) {
      return false;
    }
  }
  function _isNativeFunction$2(fn) {
    return Function.toString.call(fn).indexOf("[native code]") !== -1;
  }
  function _setPrototypeOf$2(o, p) {
    _setPrototypeOf$2 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
      o2.__proto__ = p2;
      return o2;
    };
    return _setPrototypeOf$2(o, p);
  }
  function _getPrototypeOf$2(o) {
    _getPrototypeOf$2 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf2(o2) {
      return o2.__proto__ || Object.getPrototypeOf(o2);
    };
    return _getPrototypeOf$2(o);
  }
  var UnzipError = /* @__PURE__ */ (function(_Error) {
    _inherits$2(UnzipError2, _Error);
    var _super = _createSuper$2(UnzipError2);
    function UnzipError2() {
      _classCallCheck$2(this, UnzipError2);
      return _super.apply(this, arguments);
    }
    return _createClass$2(UnzipError2);
  })(/* @__PURE__ */ _wrapNativeSuper$2(Error));
  function createUnzipError(error2) {
    var unzipError = new UnzipError(error2.message);
    if (error2.stack) {
      unzipError.stack = error2.stack;
    }
    if (Error.captureStackTrace) {
      Error.captureStackTrace(unzipError, createUnzipError);
    }
    unzipError.cause = error2;
    return unzipError;
  }
  function unzipFromArrayBuffer(input, options) {
    return unzipFromArrayBufferUsingFunction(input, options, unzipAsync, true);
  }
  function unzipFromArrayBufferUsingFunction(input) {
    var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, _filter = _ref.filter;
    var unzip2 = arguments.length > 2 ? arguments[2] : void 0;
    return unzip2(new Uint8Array(input), {
      // Ignore certain types of files.
      filter: function filter(file) {
        if (_filter) {
          return _filter({
            path: file.name
          });
        }
        return true;
      }
    }).then(function(result2) {
      return result2;
    }, function(error2) {
      if (isFlateError(error2)) {
        throw createUnzipError(error2);
      } else {
        throw error2;
      }
    });
  }
  function unzipAsync(archive) {
    return new Promise(function(resolve, reject) {
      unzip(archive, function(error2, files) {
        if (error2) {
          reject(error2);
        } else {
          resolve(files);
        }
      });
    });
  }
  function isFlateError(error2) {
    return typeof error2.code === "number";
  }
  function _typeof$4(o) {
    "@babel/helpers - typeof";
    return _typeof$4 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$4(o);
  }
  function _createClass$1(Constructor, protoProps, staticProps) {
    Object.defineProperty(Constructor, "prototype", { writable: false });
    return Constructor;
  }
  function _classCallCheck$1(instance, Constructor) {
    if (!(instance instanceof Constructor)) {
      throw new TypeError("Cannot call a class as a function");
    }
  }
  function _inherits$1(subClass, superClass) {
    if (typeof superClass !== "function" && superClass !== null) {
      throw new TypeError("Super expression must either be null or a function");
    }
    subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, writable: true, configurable: true } });
    Object.defineProperty(subClass, "prototype", { writable: false });
    if (superClass) _setPrototypeOf$1(subClass, superClass);
  }
  function _createSuper$1(Derived) {
    var hasNativeReflectConstruct = _isNativeReflectConstruct$1();
    return function _createSuperInternal() {
      var Super = _getPrototypeOf$1(Derived), result2;
      if (hasNativeReflectConstruct) {
        var NewTarget = _getPrototypeOf$1(this).constructor;
        result2 = Reflect.construct(Super, arguments, NewTarget);
      } else {
        result2 = Super.apply(this, arguments);
      }
      return _possibleConstructorReturn$1(this, result2);
    };
  }
  function _possibleConstructorReturn$1(self2, call) {
    if (call && (_typeof$4(call) === "object" || typeof call === "function")) {
      return call;
    } else if (call !== void 0) {
      throw new TypeError("Derived constructors may only return object or undefined");
    }
    return _assertThisInitialized$1(self2);
  }
  function _assertThisInitialized$1(self2) {
    if (self2 === void 0) {
      throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    }
    return self2;
  }
  function _wrapNativeSuper$1(Class) {
    var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
    _wrapNativeSuper$1 = function _wrapNativeSuper2(Class2) {
      if (Class2 === null || !_isNativeFunction$1(Class2)) return Class2;
      if (typeof Class2 !== "function") {
        throw new TypeError("Super expression must either be null or a function");
      }
      if (typeof _cache !== "undefined") {
        if (_cache.has(Class2)) return _cache.get(Class2);
        _cache.set(Class2, Wrapper);
      }
      function Wrapper() {
        return _construct$1(Class2, arguments, _getPrototypeOf$1(this).constructor);
      }
      Wrapper.prototype = Object.create(Class2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } });
      return _setPrototypeOf$1(Wrapper, Class2);
    };
    return _wrapNativeSuper$1(Class);
  }
  function _construct$1(Parent, args, Class) {
    if (_isNativeReflectConstruct$1()) {
      _construct$1 = Reflect.construct.bind();
    } else {
      _construct$1 = function _construct2(Parent2, args2, Class2) {
        var a = [null];
        a.push.apply(a, args2);
        var Constructor = Function.bind.apply(Parent2, a);
        var instance = new Constructor();
        if (Class2) _setPrototypeOf$1(instance, Class2.prototype);
        return instance;
      };
    }
    return _construct$1.apply(null, arguments);
  }
  function _isNativeReflectConstruct$1() {
    if (typeof Reflect === "undefined" || !Reflect.construct) return false;
    if (Reflect.construct.sham) return false;
    if (typeof Proxy === "function") return true;
    try {
      Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
      return true;
    } catch (e) {
      return false;
    }
  }
  function _isNativeFunction$1(fn) {
    return Function.toString.call(fn).indexOf("[native code]") !== -1;
  }
  function _setPrototypeOf$1(o, p) {
    _setPrototypeOf$1 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
      o2.__proto__ = p2;
      return o2;
    };
    return _setPrototypeOf$1(o, p);
  }
  function _getPrototypeOf$1(o) {
    _getPrototypeOf$1 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf2(o2) {
      return o2.__proto__ || Object.getPrototypeOf(o2);
    };
    return _getPrototypeOf$1(o);
  }
  var MESSAGES = {
    XLS_FILE_NOT_SUPPORTED: "You passed a legacy `.xls` file. Only `.xlsx` files are supported",
    FILE_NOT_SUPPORTED: "Doesn't look like an `.xlsx` file",
    INVALID_ZIP: "Couldn't unzip `.xlsx` file contents",
    NO_DATA: "No data"
  };
  var InvalidInputError = /* @__PURE__ */ (function(_Error) {
    _inherits$1(InvalidInputError2, _Error);
    var _super = _createSuper$1(InvalidInputError2);
    function InvalidInputError2(code, cause) {
      var _this;
      _classCallCheck$1(this, InvalidInputError2);
      _this = _super.call(this, MESSAGES[code] || code);
      _this.code = code;
      _this.name = "InvalidInputError";
      _this.cause = cause;
      return _this;
    }
    return _createClass$1(InvalidInputError2);
  })(/* @__PURE__ */ _wrapNativeSuper$1(Error));
  function filterZipArchiveEntry(_ref) {
    var path = _ref.path;
    return path.endsWith(".xml") || path.endsWith(".xml.rels");
  }
  var ZIP_FILE_SIGNATURE = [80, 75];
  var XLS_FILE_SIGNATURE = [208, 207, 17, 224];
  var FILE_TYPE_SIGNATURES = [ZIP_FILE_SIGNATURE, XLS_FILE_SIGNATURE];
  var XLS_FILE_TYPE = FILE_TYPE_SIGNATURES.indexOf(XLS_FILE_SIGNATURE);
  function createFileTypeDetector() {
    var type;
    var possibleTypes = indexesOf(FILE_TYPE_SIGNATURES);
    var i2 = 0;
    return function(_byte) {
      if (isNaN(type)) {
        var t;
        possibleTypes = possibleTypes.filter(function(typeIndex) {
          if (_byte === FILE_TYPE_SIGNATURES[typeIndex][i2]) {
            if (FILE_TYPE_SIGNATURES[typeIndex].length === i2 + 1) {
              t = typeIndex;
            }
            return true;
          }
        });
        if (possibleTypes.length === 1) {
          type = t;
        } else if (possibleTypes.length === 0) {
          type = -1;
        }
      }
      i2++;
      return type;
    };
  }
  function indexesOf(array2) {
    var indexes = [];
    var i2 = 0;
    while (i2 < array2.length) {
      indexes.push(i2);
      i2++;
    }
    return indexes;
  }
  function _createForOfIteratorHelperLoose$2(o, allowArrayLike) {
    var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
    if (it) return (it = it.call(o)).next.bind(it);
    if (Array.isArray(o) || (it = _unsupportedIterableToArray$3(o)) || allowArrayLike) {
      if (it) o = it;
      var i2 = 0;
      return function() {
        if (i2 >= o.length) return { done: true };
        return { done: false, value: o[i2++] };
      };
    }
    throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _unsupportedIterableToArray$3(o, minLen) {
    if (!o) return;
    if (typeof o === "string") return _arrayLikeToArray$3(o, minLen);
    var n2 = Object.prototype.toString.call(o).slice(8, -1);
    if (n2 === "Object" && o.constructor) n2 = o.constructor.name;
    if (n2 === "Map" || n2 === "Set") return Array.from(o);
    if (n2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n2)) return _arrayLikeToArray$3(o, minLen);
  }
  function _arrayLikeToArray$3(arr, len) {
    if (len == null || len > arr.length) len = arr.length;
    for (var i2 = 0, arr2 = new Array(len); i2 < len; i2++) arr2[i2] = arr[i2];
    return arr2;
  }
  function validateLeadingBytes(bytes) {
    var fileTypeDetector = createFileTypeDetector();
    for (var _iterator = _createForOfIteratorHelperLoose$2(bytes), _step; !(_step = _iterator()).done; ) {
      var _byte = _step.value;
      if (validateByte(_byte, fileTypeDetector)) {
        return;
      }
    }
    noFileTypeCouldBeDetermined(bytes.length);
  }
  function validateByte(_byte2, fileTypeDetector) {
    var fileType = fileTypeDetector(_byte2);
    if (fileType !== void 0) {
      if (fileType === XLS_FILE_TYPE) {
        throw new InvalidInputError("XLS_FILE_NOT_SUPPORTED");
      }
      if (fileType < 0) {
        throw new InvalidInputError("FILE_NOT_SUPPORTED");
      }
      return true;
    }
  }
  function noFileTypeCouldBeDetermined(byteCount) {
    throw new InvalidInputError(byteCount === 0 ? "NO_DATA" : "FILE_NOT_SUPPORTED");
  }
  var latestCheckpointTimestamp;
  function checkpoint(name) {
    var now = Date.now();
    var shouldOutputLog = typeof global !== "undefined" ? Boolean(global.READ_EXCEL_FILE_CHECKPOINTS) : typeof window !== "undefined" ? Boolean(window.READ_EXCEL_FILE_CHECKPOINTS) : false;
    if (shouldOutputLog) {
      if (latestCheckpointTimestamp) {
        console.log("  -", now - latestCheckpointTimestamp, "ms");
      }
      console.log("*", name);
    }
    latestCheckpointTimestamp = now;
  }
  function resetCheckpoint() {
    latestCheckpointTimestamp = void 0;
  }
  function unpackXlsxFile(input) {
    resetCheckpoint();
    checkpoint("unpack files");
    return getArrayBuffer(input).then(function(arrayBuffer) {
      validateLeadingBytes(new Uint8Array(arrayBuffer));
      return unzipFromArrayBuffer(arrayBuffer, {
        filter: filterZipArchiveEntry
      }).then(function(result2) {
        return result2;
      }, function(error2) {
        if (error2 instanceof UnzipError) {
          throw new InvalidInputError("INVALID_ZIP", error2.cause);
        } else {
          throw error2;
        }
      });
    });
  }
  function getArrayBuffer(input) {
    if (input instanceof Blob) {
      return input.arrayBuffer();
    }
    if (input instanceof ArrayBuffer) {
      return Promise.resolve(input);
    }
    throw new InvalidInputError("INPUT_TYPE_NOT_SUPPORTED");
  }
  function unescapeXlsxString(string2) {
    if (string2.indexOf("_x") < 0) {
      return string2;
    }
    return string2.replace(/_x([0-9A-Fa-f]{4})_/g, function(_, hex2) {
      return String.fromCharCode(parseInt(hex2, 16));
    });
  }
  function parseSpreadsheetInfo(content, parseXml2) {
    var state = createInitialState();
    return parseXml2(content, state, onOpenTag, null, null).then(function() {
      return getResultFromState(state);
    });
    function createInitialState() {
      return {
        workbookPr: void 0,
        sheets: []
      };
    }
    function getResultFromState(state2) {
      return {
        epoch1904: state2.workbookPr ? state2.workbookPr.epoch1904 : false,
        sheets: state2.sheets
      };
    }
    function onOpenTag(tagName, attributes, state2) {
      if (tagName === "workbookPr") {
        if (!state2.workbookPr) {
          state2.workbookPr = {
            epoch1904: attributes.date1904 === "1"
          };
        }
      } else if (tagName === "sheet") {
        if (attributes.name) {
          state2.sheets.push({
            // `sheetId` attribute value is an arbitrary, `1`-based unique positive integer
            // assigned to a worksheet, typically starting at `1` for the first sheet.
            //  Deleting and adding new sheets might cause the sheetId values to become non-sequential.
            // For example, `sheetId`s could be `1`, `2`, `4`, if sheet `3` was deleted.
            id: Number(attributes.sheetId),
            // A sheet name could potentially include _xHHHH_ escaped characters.
            name: unescapeXlsxString(attributes.name),
            relationId: attributes.id
          });
        }
      }
    }
  }
  function parseFilePaths(content, parseXml2) {
    var RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    var RELATIONSHIPS_BASE_URL_STRICT_STANDARD = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    var state = createInitialState();
    return parseXml2(content, state, onOpenTag, null, null).then(function() {
      return getResultFromState(state);
    });
    function createInitialState() {
      return {
        sheets: {},
        sharedStrings: void 0,
        styles: void 0
      };
    }
    function getResultFromState(state2) {
      return state2;
    }
    function onOpenTag(tagName, attributes, state2) {
      if (tagName === "Relationship") {
        addFilePathForRelation(state2, attributes.Id, attributes.Type, attributes.Target);
      }
    }
    function addFilePathForRelation(state2, id, type, target) {
      switch (type) {
        case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "styles":
        case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "styles":
          state2.styles = getFilePathFromRelationTarget(target);
          break;
        case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "sharedStrings":
        case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "sharedStrings":
          state2.sharedStrings = getFilePathFromRelationTarget(target);
          break;
        case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "worksheet":
        case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "worksheet":
          state2.sheets[id] = getFilePathFromRelationTarget(target);
          break;
      }
    }
    function getFilePathFromRelationTarget(path) {
      if (path[0] === "/") {
        return path.slice("/".length);
      }
      return "xl/" + path;
    }
  }
  function _typeof$3(o) {
    "@babel/helpers - typeof";
    return _typeof$3 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$3(o);
  }
  var _excluded = ["xfId"];
  function ownKeys$1(e, r) {
    var t = Object.keys(e);
    if (Object.getOwnPropertySymbols) {
      var o = Object.getOwnPropertySymbols(e);
      r && (o = o.filter(function(r2) {
        return Object.getOwnPropertyDescriptor(e, r2).enumerable;
      })), t.push.apply(t, o);
    }
    return t;
  }
  function _objectSpread$1(e) {
    for (var r = 1; r < arguments.length; r++) {
      var t = null != arguments[r] ? arguments[r] : {};
      r % 2 ? ownKeys$1(Object(t), true).forEach(function(r2) {
        _defineProperty$1(e, r2, t[r2]);
      }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys$1(Object(t)).forEach(function(r2) {
        Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
      });
    }
    return e;
  }
  function _defineProperty$1(obj, key, value) {
    key = _toPropertyKey$1(key);
    if (key in obj) {
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    } else {
      obj[key] = value;
    }
    return obj;
  }
  function _toPropertyKey$1(arg) {
    var key = _toPrimitive$1(arg, "string");
    return _typeof$3(key) === "symbol" ? key : String(key);
  }
  function _toPrimitive$1(input, hint) {
    if (_typeof$3(input) !== "object" || input === null) return input;
    var prim = input[Symbol.toPrimitive];
    if (prim !== void 0) {
      var res = prim.call(input, hint);
      if (_typeof$3(res) !== "object") return res;
      throw new TypeError("@@toPrimitive must return a primitive value.");
    }
    return (hint === "string" ? String : Number)(input);
  }
  function _objectWithoutProperties(source, excluded) {
    if (source == null) return {};
    var target = _objectWithoutPropertiesLoose(source, excluded);
    var key, i2;
    if (Object.getOwnPropertySymbols) {
      var sourceSymbolKeys = Object.getOwnPropertySymbols(source);
      for (i2 = 0; i2 < sourceSymbolKeys.length; i2++) {
        key = sourceSymbolKeys[i2];
        if (excluded.indexOf(key) >= 0) continue;
        if (!Object.prototype.propertyIsEnumerable.call(source, key)) continue;
        target[key] = source[key];
      }
    }
    return target;
  }
  function _objectWithoutPropertiesLoose(source, excluded) {
    if (source == null) return {};
    var target = {};
    var sourceKeys = Object.keys(source);
    var key, i2;
    for (i2 = 0; i2 < sourceKeys.length; i2++) {
      key = sourceKeys[i2];
      if (excluded.indexOf(key) >= 0) continue;
      target[key] = source[key];
    }
    return target;
  }
  function parseStyles(content, parseXml2) {
    var state = createInitialState();
    return parseXml2(content, state, onOpenTag, onCloseTag, null).then(function() {
      return getResultFromState(state);
    });
    function createInitialState() {
      return {
        numberFormats: [],
        baseStyles: [],
        // The first `164` elements of the `styles` array are going to be `undefined`
        // because those represent the built-in "default" styles in `.xlsx` specification.
        // These "default" styles have IDs from `0` to `163`, i.e. according to their index.
        styles: [],
        cellStyleXfs: false,
        cellXfs: false
      };
    }
    function getResultFromState(state2) {
      return state2.styles.map(function(style) {
        if (style.xfId) {
          var xfId = style.xfId, styleProperties = _objectWithoutProperties(style, _excluded);
          return _objectSpread$1(_objectSpread$1({}, state2.baseStyles[xfId]), styleProperties);
        } else {
          return style;
        }
      });
    }
    function onOpenTag(tagName, attributes, state2) {
      if (tagName === "numFmt") {
        var numFmtId = Number(attributes.numFmtId);
        var numberFormat = {
          id: numFmtId
        };
        if (numFmtId >= 100) {
          numberFormat.template = attributes.formatCode;
        }
        state2.numberFormats[numFmtId] = numberFormat;
      } else if (tagName === "cellStyleXfs") {
        state2.cellStyleXfs = true;
      } else if (tagName === "cellXfs") {
        state2.cellXfs = true;
      } else if (tagName === "xf") {
        if (state2.cellStyleXfs) {
          state2.baseStyles.push(parseCellStyle(attributes));
        } else if (state2.cellXfs) {
          var style = parseCellStyle(attributes, state2.numberFormats);
          if (attributes.xfId) {
            style.xfId = Number(attributes.xfId);
          }
          state2.styles.push(style);
        }
      }
    }
    function onCloseTag(tagName, state2) {
      if (tagName === "cellStyleXfs") {
        state2.cellStyleXfs = false;
      } else if (tagName === "cellXfs") {
        state2.cellXfs = false;
      }
    }
    function parseCellStyle(attributes, numberFormats) {
      var style = {};
      if (attributes.numFmtId) {
        var numFmtId = Number(attributes.numFmtId);
        if (numberFormats && numberFormats[numFmtId]) {
          style.numberFormat = numberFormats[numFmtId];
        } else {
          style.numberFormat = {
            id: numFmtId
          };
        }
      }
      return style;
    }
  }
  function parseSharedStrings(content, parseXml2) {
    var state = createInitialState();
    return parseXml2(content, state, onOpenTag, onCloseTag, onText).then(function() {
      return getResultFromState(state);
    });
    function createInitialState() {
      return {
        si: void 0,
        strings: []
      };
    }
    function getResultFromState(state2) {
      return state2.strings;
    }
    function onOpenTag(tagName, attributes, state2) {
      if (tagName === "si") {
        state2.si = createInitialStateInSharedString();
      } else if (state2.si) {
        onOpenTagInSharedString(tagName, attributes, state2.si);
      }
    }
    function onCloseTag(tagName, state2) {
      if (tagName === "si") {
        state2.strings.push(unescapeXlsxString(state2.si.string));
        state2.si = void 0;
      } else if (state2.si) {
        onCloseTagInSharedString(tagName, state2.si);
      }
    }
    function onText(text, state2) {
      if (state2.si) {
        onTextInSharedString(text, state2.si);
      }
    }
    function createInitialStateInSharedString() {
      return {
        t: false,
        r: false,
        rPh: false,
        string: ""
      };
    }
    function onOpenTagInSharedString(tagName, attributes, state2) {
      if (tagName === "t") {
        state2.t = true;
      } else if (tagName === "r") {
        state2.r = true;
      } else if (tagName === "rPh") {
        state2.rPh = true;
      }
    }
    function onCloseTagInSharedString(tagName, state2) {
      if (tagName === "t") {
        state2.t = false;
      } else if (tagName === "r") {
        state2.r = false;
      } else if (tagName === "rPh") {
        state2.rPh = false;
      }
    }
    function onTextInSharedString(text, state2) {
      if (state2.rPh) ;
      else if (state2.t) {
        if (state2.r) {
          state2.string += text;
        } else {
          state2.string = text;
        }
      }
    }
  }
  function parseExcelTimestamp(excelSerialDate, epoch1904) {
    var NUMBER_OF_LEAP_YEARS_BETWEEN_1900_AND_1970 = 17;
    var JANUARY_0TH_1900_DAY = 1;
    var ERRONEOUS_FEBRUARY_29_1990_DAY = 1;
    var DAY = 24 * 60 * 60 * 1e3;
    var DAYS_IN_YEAR = 365;
    if (epoch1904) {
      excelSerialDate += (1904 - 1900) * DAYS_IN_YEAR + JANUARY_0TH_1900_DAY + ERRONEOUS_FEBRUARY_29_1990_DAY;
    }
    var daysBeforeUnixEpoch = JANUARY_0TH_1900_DAY + ERRONEOUS_FEBRUARY_29_1990_DAY + (1970 - 1900) * DAYS_IN_YEAR + NUMBER_OF_LEAP_YEARS_BETWEEN_1900_AND_1970;
    return Math.floor((excelSerialDate - daysBeforeUnixEpoch) * DAY);
  }
  var DATE_FORMAT_POSTFIX_THAT_ALLOWS_ANY_ARBITRARY_TEXT_INPUT = /;@$/;
  var DATE_FORMAT_TOKEN_SPLITTER_REG_EXP = /[^a-z0#\?%]+/;
  function isDateFormat(formatId, template, dateFormatDetectionCache) {
    var cachedResult = dateFormatDetectionCache[formatId];
    if (cachedResult === void 0) {
      return dateFormatDetectionCache[formatId] = isDateFormatTemplate(template);
    }
    return cachedResult;
  }
  function isDateFormatTemplate(template) {
    template = template.toLowerCase();
    template = template.replace(DATE_FORMAT_POSTFIX_THAT_ALLOWS_ANY_ARBITRARY_TEXT_INPUT, "");
    template = template.replace(/\\./g, " ");
    var templates = template.split(";");
    return templates.some(isDateFormatSubTemplate);
    function isDateFormatSubTemplate(template2) {
      template2 = template2.replace(/"[^"]*"/g, " ");
      template2 = template2.replace(/(\[?[smhd]{1,2}\]?)[\.\,]00?0?/g, "$1");
      template2 = template2.replace(/\[([smhd]{1,2})\]/g, "$1");
      template2 = template2.replace(/\[[^\]]*\]/g, "");
      var tokens = template2.split(DATE_FORMAT_TOKEN_SPLITTER_REG_EXP).filter(function(_) {
        return _;
      });
      return tokens.length === 0 ? false : tokens.every(function(token) {
        return DATE_FORMAT_TEMPLATE_TOKENS.indexOf(token) >= 0;
      });
    }
  }
  var DATE_FORMAT_TEMPLATE_TOKENS = [
    // Seconds.
    "s",
    // Seconds (min two digits). Example: "05".
    "ss",
    // Minutes. Could also means months, depending on the context. Example: "5".
    "m",
    // Minutes (min two digits). Could also means months, depending on the context. Example: "05".
    "mm",
    // Hours. Example: "1".
    "h",
    // Hours (min two digits). Example: "01".
    "hh",
    // "am" part of "am/pm" or "AM/PM".
    "am",
    // "pm" part of "am/pm" or "AM/PM".
    "pm",
    // "a" part of "a/p" or "A/P".
    "a",
    // "p" part of "a/p" or "A/P".
    "p",
    // Day. Example: "1"
    "d",
    // Day (min two digits). Example: "01"
    "dd",
    // Short, three-letter abbreviation for the day of the week. Example: "Mon"
    "ddd",
    // Full name of the day of the week. Example: "Monday"
    "dddd",
    // Abbreviated weekday name. Example: "Mon", "Tue"
    "aaa",
    // Full weekday name. Example: "Monday", "Tuesday"
    "aaaa",
    // First letter of the weekday name. Example: "M", "T"
    "aaaaa",
    // Month (numeric). Could also mean minutes, depending on the context. Example: "1".
    "m",
    // Month (numeric, min two digits). Could also mean minutes, depending on the context. Example: "01".
    "mm",
    // Month (shortened month name). Example: "Jan".
    "mmm",
    // Month (full month name). Example: "January".
    "mmmm",
    // Month (first letter). Example: "J".
    "mmmmm",
    // Excel typically treats a single `y` the same as `yy` in custom formatting,
    // though standard practice is using `yy` or `yyyy`.
    "y",
    // Two-digit year, with a leading zero if needed. Example: "01".
    "yy",
    // Full year. Example: "2001".
    "yyyy",
    //
    // `e` or `ee` token stands for "era year" and represents an era-based year,
    // primarily supporting Japanese, Taiwanese, or Minguo/Buddhist calendar systems.
    // An example of an "era year" would be Heisei or Reiwa year numbers,
    // or Buddhist Era years which are Gregorian years plus 543.
    //
    // * `e` outputs the era year as a 4-digit (or unpadded) number.
    //   For example, `2026` or `115` depending on the active regional era.
    //   In standard Western/Gregorian locales, Excel often falls back to treating `e`
    //   similarly to a regular year layout.
    //
    // * `ee` outputs a 2-digit padded era year. For example, `26` or `15`.
    //
    // * `eeee` — While `yyyy` is the standard token for a 4-digit year,
    //   `eeee` is historically used for specialized international calendar eras
    //   (like the Japanese or Taiwanese imperial eras). However, in standard
    //   Western/Gregorian system locales, Excel treats `eeee` exactly like `yyyy`.
    "e",
    "ee",
    "eeee"
  ];
  function isDateFormatStyle(style, defaultDateFormat, shouldGuessDateFormatFromNumberFormatTemplate, dateFormatDetectionCache) {
    if (!style.numberFormat) {
      return false;
    }
    if (
      // Whether it's a "number format" that's conventionally used for storing date timestamps.
      BUILT_IN_DATE_FORMAT_IDS.indexOf(style.numberFormat.id) >= 0 || // Whether it's a "number format" that uses a "formatting template"
      // that the developer is certain is a date formatting template.
      defaultDateFormat && style.numberFormat.template === defaultDateFormat || // Whether the "smart formatting template" feature is not disabled
      // and it has detected that it's a date formatting template by looking at it.
      shouldGuessDateFormatFromNumberFormatTemplate && style.numberFormat.template && isDateFormat(style.numberFormat.id, style.numberFormat.template, dateFormatDetectionCache)
    ) {
      return true;
    }
    return false;
  }
  var LOCALE_INDEPENDENT_BUILT_IN_DATE_FORMAT_IDS = [
    14,
    // mm-dd-yy
    15,
    // d-mmm-yy
    16,
    // d-mmm
    17,
    // mmm-yy
    18,
    // h:mm AM/PM
    19,
    // h:mm:ss AM/PM
    20,
    // h:mm
    21,
    // h:mm:ss
    22,
    // m/d/yy h:mm
    45,
    // mm:ss
    46,
    // [h]:mm:ss
    47
    // mmss.0
  ];
  var MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS = [
    27,
    // [$-404]e/m/d OR yyyy"年"m"月"
    28,
    // [$-404]e"年"m"月"d"日" OR m"月"d"日"
    29,
    // [$-404]e"年"m"月"d"日" OR m"月"d"日"
    30,
    // m/d/yy OR m-d-yy
    31,
    // yyyy"年"m"月"d"日" OR yyyy"年"m"月"d"日"
    32,
    // hh"時"mm"分" OR h"时"mm"分"
    33,
    // hh"時"mm"分"ss"秒" OR h"时"mm"分"ss"秒"
    34,
    // 上午/下午hh"時"mm"分" OR 上午/下午h"时"mm"分"
    35,
    // 上午/下午hh"時"mm"分"ss"秒" OR 上午/下午h"时"mm"分"ss"秒"
    36,
    // [$-404]e/m/d OR yyyy"年"m"月"
    50,
    // [$-404]e/m/d OR yyyy"年"m"月"
    51,
    // [$-404]e"年"m"月"d"日" OR m"月"d"日"
    52,
    // 上午/下午hh"時"mm"分" OR yyyy"年"m"月"
    53,
    // 上午/下午hh"時"mm"分"ss"秒" OR m"月"d"日"
    54,
    // [$-404]e"年"m"月"d"日" OR m"月"d"日"
    55,
    // 上午/下午hh"時"mm"分" OR 上午/下午h"时"mm"分"
    56,
    // 上午/下午hh"時"mm"分"ss"秒" OR 上午/下午h"时"mm"分"ss"秒"
    57,
    // [$-404]e/m/d OR yyyy"年"m"月"
    58
    // [$-404]e"年"m"月"d"日" OR m"月"d"日"
  ];
  var JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS = [
    27,
    // [$-411]ge.m.d OR yyyy"年" mm"月" dd"日"
    28,
    // [$-411]ggge"年"m"月"d"日" OR mm-dd
    29,
    // [$-411]ggge"年"m"月"d"日" OR mm-dd
    30,
    // m/d/yy OR mm-dd-yy
    31,
    // yyyy"年"m"月"d"日" OR yyyy"년" mm"월" dd"일"
    32,
    // h"時"mm"分" OR h"시" mm"분"
    33,
    // h"時"mm"分"ss"秒" OR h"시" mm"분" ss"초"
    34,
    // yyyy"年"m"月" OR yyyy-mm-dd
    35,
    // m"月"d"日" OR yyyy-mm-dd
    36,
    // [$-411]ge.m.d OR yyyy"年" mm"月" dd"日"
    50,
    // [$-411]ge.m.d OR yyyy"年" mm"月" dd"日"
    51,
    // [$-411]ggge"年"m"月"d"日" OR mm-dd
    52,
    // yyyy"年"m"月" OR yyyy-mm-dd
    53,
    // m"月"d"日" OR yyyy-mm-dd
    54,
    // [$-411]ggge"年"m"月"d"日" OR mm-dd
    55,
    // yyyy"年"m"月" OR yyyy-mm-dd
    56,
    // m"月"d"日" OR yyyy-mm-dd
    57,
    // [$-411]ge.m.d OR yyyy"年" mm"月" dd"日"
    58
    // [$-411]ggge"年"m"月"d"日" OR mm-dd
  ];
  var THAI_LOCALE_BUILT_IN_DATE_FORMAT_IDS = [
    71,
    // ว/ด/ปปปป
    72,
    // ว-ดดด-ปป
    73,
    // ว-ดดด
    74,
    // ดดด-ปป
    75,
    // ช:นน
    76,
    // ช:นน:ทท
    77,
    // ว/ด/ปปปป ช:นน
    78,
    // นน:ทท
    79,
    // [ช]:นน:ทท
    80,
    // นน:ทท.0
    81
    // d/m/bb
  ];
  var BUILT_IN_DATE_FORMAT_IDS = LOCALE_INDEPENDENT_BUILT_IN_DATE_FORMAT_IDS.concat(
    // Add Mainland Chinese or Taiwanese date format IDs that haven't already been added.
    MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS
  ).concat(
    // Add Japanese or Korean date format IDs that haven't already been added.
    JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS.filter(function(numberFormatId) {
      return MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
    })
  ).concat(
    // Add Thai date format IDs that haven't already been added.
    THAI_LOCALE_BUILT_IN_DATE_FORMAT_IDS.filter(function(numberFormatId) {
      return MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
    }).filter(function(numberFormatId) {
      return JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
    })
  );
  function _slicedToArray$1(arr, i2) {
    return _arrayWithHoles$1(arr) || _iterableToArrayLimit$1(arr, i2) || _unsupportedIterableToArray$2(arr, i2) || _nonIterableRest$1();
  }
  function _nonIterableRest$1() {
    throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _unsupportedIterableToArray$2(o, minLen) {
    if (!o) return;
    if (typeof o === "string") return _arrayLikeToArray$2(o, minLen);
    var n2 = Object.prototype.toString.call(o).slice(8, -1);
    if (n2 === "Object" && o.constructor) n2 = o.constructor.name;
    if (n2 === "Map" || n2 === "Set") return Array.from(o);
    if (n2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n2)) return _arrayLikeToArray$2(o, minLen);
  }
  function _arrayLikeToArray$2(arr, len) {
    if (len == null || len > arr.length) len = arr.length;
    for (var i2 = 0, arr2 = new Array(len); i2 < len; i2++) arr2[i2] = arr[i2];
    return arr2;
  }
  function _iterableToArrayLimit$1(r, l) {
    var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
    if (null != t) {
      var e, n2, i2, u, a = [], f = true, o = false;
      try {
        if (i2 = (t = t.call(r)).next, 0 === l) ;
        else for (; !(f = (e = i2.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
      } catch (r2) {
        o = true, n2 = r2;
      } finally {
        try {
          if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
        } finally {
          if (o) throw n2;
        }
      }
      return a;
    }
  }
  function _arrayWithHoles$1(arr) {
    if (Array.isArray(arr)) return arr;
  }
  var EMPTY_CELL_VALUE$1 = null;
  var EMPTY_CELL = [null, EMPTY_CELL_VALUE$1];
  function parseCell(t, s, v, inlineString, _ref) {
    var _ref2 = _slicedToArray$1(_ref, 7), sharedStrings = _ref2[0], styles = _ref2[1], epoch1904 = _ref2[2], dateFormatDetectionCache = _ref2[3], defaultDateFormat = _ref2[4], dateTemplateParser = _ref2[5], parseNumberCustom = _ref2[6];
    switch (t || "n") {
      // `t="str"` means that the cell value is calculated using a formula.
      // The formula is defined as the text of a child `<f/>` element.
      //
      // It could optionally include a `<v/>` element whose text is the cached result
      // of the calculation from the last time the file was saved in a spreadsheet editor application.
      //
      // An optional `<v/>` element holds a pre-computed result of the formula defined by `<f/>`.
      //
      // Example:
      //
      // <c r="B3" t="str">
      // 	<f>CONCATENATE(C1,D1)</f>
      // 	<v>C1ValueD1Value</v>
      // </c>
      //
      // Here's a guide on formulas in XLSX files:
      // https://github.com/MiniMax-AI/skills/blob/main/skills/minimax-xlsx/references/validate.md
      //
      case "str":
        if (v === void 0) {
          return "VALUE_MISSING";
        }
        if (!v) {
          return EMPTY_CELL;
        }
        return ["s", v];
      // `t="inlineStr"` means that `<is/>` holds the string value.
      //
      // Inside a `<c t="inlineStr"/>`, the specification requires there to exist an `<is/>` element,
      // and within that `<is/>` element it requires to exist a `<t/>` element.
      //
      // Example:
      //
      // <c r="A1" s="1" t="inlineStr">
      //   <is>
      //     <t>
      //       Test 123
      //     </t>
      //   </is>
      // </c>
      //
      case "inlineStr":
        if (inlineString === void 0) {
          return "VALUE_MISSING";
        }
        return ["s", inlineString];
      // `type="s"` means that the string value is stored in the Shared Strings Table.
      // This way it attempts to compress the `.xlsx` file by reusing all string values
      // in case they repeat throughout the spreadsheet.
      //
      // This optimization can't be used when writing an `.xlsx` file in a "streaming"
      // fashion, i.e. when the entire spreadsheet data is not known in adavance
      // at the start of writing the file.
      // But it can be used in all other situations. And hence, it is used.
      // So this is the most common cell type, actually.
      //
      // Example:
      //
      // <c r="A3" t="s">
      //   <v>3</v>
      // </c>
      //
      case "s":
        if (!v) {
          return "VALUE_MISSING";
        }
        var sharedStringIndex = Number(v);
        if (isNaN(sharedStringIndex) || sharedStrings[sharedStringIndex] === void 0) {
          return "VALUE_INVALID";
        }
        return ["s", sharedStrings[sharedStringIndex]];
      // Boolean (TRUE/FALSE) values are stored as either "1" or "0" in cells of type "b".
      //
      // Example:
      //
      // <c r="A1" t="b">
      //   <v>1</v>
      // </c>
      //
      case "b":
        if (!v) {
          return "VALUE_MISSING";
        }
        if (v === "1") {
          return ["b", true];
        }
        if (v === "0") {
          return ["b", false];
        }
        return "VALUE_INVALID";
      // If cell type is "e", the `<v/>` element's text is an error code string (required).
      //
      // Example:
      //
      // <c r="A1" t="e">
      //   <f>1/0</f>
      //   <v>#DIV/0!</v>
      // </c>
      //
      case "e":
        if (!v) {
          return "VALUE_MISSING";
        }
        return ["e", v];
      // XLSX supports date cells of type "d", though it seems like it (almost?) never
      // uses type "d" for storing dates, preferring type "n" and numeric timestamp instead.
      // The value of a "d" cell is supposedly a string in "ISO 8601" format.
      // I haven't seen an `.xlsx` file having such cells.
      //
      // Example:
      //
      // <c r="A1" s="1" t="d">
      //   <v>
      //     2021-06-10T00:47:45.700Z
      //   </v>
      // </c>
      //
      case "d":
        if (!v) {
          return EMPTY_CELL;
        }
        var parsedDate = new Date(v);
        if (isNaN(parsedDate.valueOf())) {
          return "VALUE_INVALID";
        }
        return ["d", parsedDate.getTime()];
      // type "n" is used for numeric cells.
      //
      // An optional `s` attribute defines how this number should be formatted — 
      // it should be a zero-based index of the style (XF record) in `styles.xml`.
      //
      // Example:
      //
      // <c r="A1" s="1" t="n">
      //   <v>123.45</v>
      // </c>
      //
      case "n":
        if (!v) {
          return EMPTY_CELL;
        }
        if (s) {
          var styleId = Number(s);
          if (isNaN(styleId) || styles[styleId] === void 0) {
            return "FORMAT_INVALID";
          }
          if (isDateFormatStyle(styles[styleId], defaultDateFormat, dateTemplateParser, dateFormatDetectionCache)) {
            var timestamp = Number(v);
            if (isNaN(timestamp)) {
              return "VALUE_INVALID";
            }
            return ["d", parseExcelTimestamp(timestamp, epoch1904)];
          }
        }
        if (parseNumberCustom) {
          return ["n", v];
        }
        var number2 = Number(v);
        if (isNaN(number2)) {
          return "VALUE_INVALID";
        }
        return ["n", number2];
      default:
        return "TYPE_INVALID";
    }
  }
  function parseCellAddress(cellAddress) {
    var columnNumber = 0;
    var i2 = 0;
    while (i2 < cellAddress.length) {
      var charCode = cellAddress.charCodeAt(i2);
      if (charCode >= 48 && charCode <= 57) {
        var rowNumber = Number(cellAddress.slice(i2));
        if (isNaN(rowNumber)) {
          invalidCellAddress(cellAddress);
        }
        return [
          // Row number (starting at `1`).
          rowNumber,
          // Column number (starting at `1`).
          columnNumber
        ];
      }
      columnNumber *= 26;
      columnNumber += cellAddress.charCodeAt(i2) - 64;
      i2++;
    }
    invalidCellAddress(cellAddress);
  }
  function invalidCellAddress(cellAddress) {
    throw new Error('<c r="'.concat(cellAddress, '">'));
  }
  function _slicedToArray(arr, i2) {
    return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i2) || _unsupportedIterableToArray$1(arr, i2) || _nonIterableRest();
  }
  function _nonIterableRest() {
    throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _iterableToArrayLimit(r, l) {
    var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
    if (null != t) {
      var e, n2, i2, u, a = [], f = true, o = false;
      try {
        if (i2 = (t = t.call(r)).next, 0 === l) ;
        else for (; !(f = (e = i2.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
      } catch (r2) {
        o = true, n2 = r2;
      } finally {
        try {
          if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
        } finally {
          if (o) throw n2;
        }
      }
      return a;
    }
  }
  function _arrayWithHoles(arr) {
    if (Array.isArray(arr)) return arr;
  }
  function _createForOfIteratorHelperLoose$1(o, allowArrayLike) {
    var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
    if (it) return (it = it.call(o)).next.bind(it);
    if (Array.isArray(o) || (it = _unsupportedIterableToArray$1(o)) || allowArrayLike) {
      if (it) o = it;
      var i2 = 0;
      return function() {
        if (i2 >= o.length) return { done: true };
        return { done: false, value: o[i2++] };
      };
    }
    throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _unsupportedIterableToArray$1(o, minLen) {
    if (!o) return;
    if (typeof o === "string") return _arrayLikeToArray$1(o, minLen);
    var n2 = Object.prototype.toString.call(o).slice(8, -1);
    if (n2 === "Object" && o.constructor) n2 = o.constructor.name;
    if (n2 === "Map" || n2 === "Set") return Array.from(o);
    if (n2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n2)) return _arrayLikeToArray$1(o, minLen);
  }
  function _arrayLikeToArray$1(arr, len) {
    if (len == null || len > arr.length) len = arr.length;
    for (var i2 = 0, arr2 = new Array(len); i2 < len; i2++) arr2[i2] = arr[i2];
    return arr2;
  }
  var EMPTY_CELL_VALUE = null;
  function parseSheet(content, parseXml2, _ref) {
    var sharedStrings = _ref.sharedStrings, styles = _ref.styles, epoch1904 = _ref.epoch1904, dateFormatDetectionCache = _ref.dateFormatDetectionCache, options = _ref.options;
    var parseCellParameters = [
      sharedStrings,
      styles,
      epoch1904,
      dateFormatDetectionCache,
      options.dateFormat,
      // defaultDateFormat
      options.smartDateParser !== false,
      // dateTemplateParser
      options.parseNumber
      // parseNumberCustom
    ];
    var rows = [];
    var errors = [];
    var state = createInitialState();
    return parseXml2(content, state, onOpenTag, onCloseTag, onText, onProgress).then(function() {
      var _state$sheetData = state.sheetData, rowCount = _state$sheetData.rowCount, columnCount = _state$sheetData.columnCount, dataRowCount = _state$sheetData.dataRowCount, dataColumnCount = _state$sheetData.dataColumnCount;
      if (dataRowCount < rowCount) {
        rows = rows.slice(0, dataRowCount);
      }
      if (dataColumnCount < columnCount) {
        var i2 = 0;
        while (i2 < rows.length) {
          if (rows[i2].length > dataColumnCount) {
            rows[i2] = rows[i2].slice(0, dataColumnCount);
          }
          i2++;
        }
      }
      for (var _iterator = _createForOfIteratorHelperLoose$1(rows), _step; !(_step = _iterator()).done; ) {
        var row = _step.value;
        while (row.length < dataColumnCount) {
          row.push(EMPTY_CELL_VALUE);
        }
      }
      return rows;
    });
    function createInitialState() {
      return {
        dimension: void 0,
        sheetData: void 0
      };
    }
    function getRowsFromState(state2) {
      return state2.sheetData.rows;
    }
    function setRowsInState(state2, rows2) {
      state2.sheetData.rowIndexShift += state2.sheetData.rows.length - rows2.length;
      state2.sheetData.rows = rows2;
    }
    function getErrorsFromState(state2) {
      return state2.sheetData.errors;
    }
    function setErrorsInState(state2, errors2) {
      state2.sheetData.errors = errors2;
    }
    function throwInvalidCellError(_ref2) {
      var row = _ref2.row, column = _ref2.column, error2 = _ref2.error;
      throw new InvalidSpreadsheetError("<c/> at row ".concat(row, ", col ").concat(column, ": ").concat(error2));
    }
    function onProgress(end) {
      if (!state.sheetData) {
        return;
      }
      var rowsRead = getRowsFromState(state);
      var errorsEncountered = getErrorsFromState(state);
      if (end) {
        rows = rows.concat(rowsRead);
        errors = errors.concat(errorsEncountered);
        if (errors.length > 0) {
          throwInvalidCellError(errors[0]);
        }
      } else {
        if (rowsRead.length > 1) {
          var finalizedRows = rowsRead.slice(0, -1);
          rows = rows.concat(finalizedRows);
          errors = errors.concat(errorsEncountered);
          setRowsInState(state, rowsRead.slice(-1));
          setErrorsInState(state, []);
        }
      }
    }
    function onOpenTag(tagName, attributes, state2) {
      if (tagName === "dimension") {
        state2.dimension = parseSheetDimensionRef(attributes.ref);
      } else if (tagName === "sheetData") {
        state2.sheetData = createInitialStateInSheetData();
      } else if (state2.sheetData) {
        onOpenTagInSheetData(tagName, attributes, state2.sheetData);
      }
    }
    function onCloseTag(tagName, state2) {
      if (state2.sheetData) {
        onCloseTagInSheetData(tagName, state2.sheetData);
      }
    }
    function onText(text, state2) {
      if (state2.sheetData) {
        onTextInSheetData(text, state2.sheetData);
      }
    }
    function parseSheetDimensionRef(ref) {
      var dimensions = ref.split(":").map(parseCellAddress);
      if (dimensions.length === 1) {
        dimensions = [dimensions[0], dimensions[0]];
      }
      return dimensions;
    }
    function createInitialStateInSheetData() {
      return {
        c: void 0,
        rows: [],
        row: void 0,
        rowNumber: void 0,
        // How many rows have been removed from the start of `state.rows`
        // as part of `onProgress()` handler calls.
        rowIndexShift: 0,
        // Current position in the sheet.
        cursor: [0, 0],
        // Total row count.
        rowCount: 0,
        // Total column count.
        columnCount: 0,
        // Non-empty row count.
        dataRowCount: 0,
        // Non-empty column count.
        dataColumnCount: 0,
        // Cell with errors.
        errors: []
      };
    }
    function onOpenTagInSheetData(tagName, attributes, state2) {
      if (tagName === "row") {
        if (attributes.r) {
          state2.rowNumber = Number(attributes.r);
        }
        state2.row = [];
      } else if (tagName === "c") {
        state2.c = createInitialStateInCell();
        state2.c.attributes = attributes;
      } else if (state2.c) {
        onOpenTagInCell(tagName, attributes, state2.c);
      }
    }
    function onCloseTagInSheetData(tagName, state2) {
      if (tagName === "row") {
        if (state2.rowNumber) {
          var previousRowNumber = state2.rowIndexShift + state2.rows.length;
          if (state2.rowNumber <= previousRowNumber) {
            throw new InvalidSpreadsheetError("Out-of-place <row/> number ".concat(state2.rowNumber, " follows <row/> number ").concat(previousRowNumber));
          }
          while (state2.rowNumber > state2.rowIndexShift + state2.rows.length + 1) {
            state2.rows.push([]);
          }
        }
        state2.rows.push(state2.row);
        if (state2.row.length > 0) {
          state2.dataRowCount = state2.rowNumber;
        }
        if (state2.rowNumber > state2.rowCount) {
          state2.rowCount = state2.rowNumber;
        }
        state2.row = void 0;
        state2.rowNumber = void 0;
      } else if (tagName === "c") {
        var cell = parseCellFromXmlData(state2.c);
        if (cell.row < state2.cursor[0] || cell.row === state2.cursor[0] && cell.column <= state2.cursor[1]) {
          throw new InvalidSpreadsheetError("Out-of-place <c/> at row ".concat(cell.row, " col ").concat(cell.column, " follows <c/> at row ").concat(state2.cursor[0], " col ").concat(state2.cursor[1]));
        }
        state2.cursor[0] = cell.row;
        state2.cursor[1] = cell.column;
        if (!state2.rowNumber) {
          state2.rowNumber = cell.row;
        }
        if (cell.error) {
          {
            throwInvalidCellError(cell);
          }
          state2.errors.push(cell);
        } else if (cell.value !== EMPTY_CELL_VALUE) {
          while (cell.column > state2.row.length + 1) {
            state2.row.push(EMPTY_CELL_VALUE);
          }
          state2.row.push(cell.value);
          if (cell.column > state2.dataColumnCount) {
            state2.dataColumnCount = cell.column;
          }
        }
        if (cell.column > state2.columnCount) {
          state2.columnCount = cell.column;
        }
        state2.c = void 0;
      } else if (state2.c) {
        onCloseTagInCell(tagName, state2.c);
      }
    }
    function onTextInSheetData(text, state2) {
      if (state2.c) {
        onTextInCell(text, state2.c);
      }
    }
    function parseCellFromXmlData(_ref3) {
      var attributes = _ref3.attributes, inlineString = _ref3.inlineString, vText = _ref3.vText;
      var _parseCellAddress = parseCellAddress(attributes.r), _parseCellAddress2 = _slicedToArray(_parseCellAddress, 2), row = _parseCellAddress2[0], column = _parseCellAddress2[1];
      var errorOrTypeAndValue = parseCellAndTrimValue(attributes.t, attributes.s, vText, inlineString, parseCellParameters, options.trim !== false);
      if (typeof errorOrTypeAndValue === "string") {
        return {
          row,
          column,
          error: errorOrTypeAndValue
          // // Report the "raw" unparsed value of the cell for potential debugging.
          // // Also report the cell type and the format in case of a numeric value.
          // //
          // // For "inline string" cells, the value should actually be the `inlineString` argument
          // // rather than `vText` argument, but the only case when it could throw an error
          // // when parsing an "inline string" cell is `VALUE_MISSING` which means that
          // // `inlineString` argument is `undefined`, same as `vText` argument in this case,
          // // so the resulting `value` property is correct anyway.
          // //
          // value: vText,
          // type: attributes.t,
          // formatId: attributes.s
        };
      }
      return {
        row,
        column,
        value: parseCellValue(errorOrTypeAndValue[1], errorOrTypeAndValue[0])
      };
    }
    function parseCellAndTrimValue(t, s, v, inlineString, parameters, trimStrings) {
      var errorOrTypeAndValue = parseCellWithRepairAbility(t, s, v, inlineString, parameters);
      if (Array.isArray(errorOrTypeAndValue) && errorOrTypeAndValue[0] === "s") {
        if (trimStrings) {
          errorOrTypeAndValue[1] = errorOrTypeAndValue[1].trim();
        }
        if (errorOrTypeAndValue[1] === "") {
          return EMPTY_CELL;
        }
      }
      return errorOrTypeAndValue;
    }
    function parseCellWithRepairAbility(t, s, v, inlineString, parameters) {
      var errorOrTypeAndValue = parseCell(t, s, v, inlineString, parameters);
      if (errorOrTypeAndValue === "VALUE_MISSING") {
        switch (t || "n") {
          // * If the cell is defined by a formula.
          // * Or contains an inline string.
          // * Or contains a shared string.
          // * Or contains a boolean value.
          case "str":
          case "inlineStr":
          case "s":
          case "b":
            return EMPTY_CELL;
        }
      }
      if (t === "e") {
        return EMPTY_CELL;
      }
      return errorOrTypeAndValue;
    }
    function parseCellValue(value, type) {
      if (type === "n") {
        if (options.parseNumber) {
          return options.parseNumber(value);
        }
        return value;
      } else if (type === "d") {
        return new Date(value);
      } else {
        return value;
      }
    }
    function createInitialStateInCell() {
      return {
        v: false,
        is: false,
        t: false,
        r: false,
        rPh: false,
        vText: void 0,
        inlineString: void 0,
        attributes: void 0
      };
    }
    function onOpenTagInCell(tagName, attributes, state2) {
      if (tagName === "v") {
        state2.v = true;
      } else if (tagName === "is") {
        state2.is = true;
        state2.inlineString = "";
      } else if (tagName === "t") {
        state2.t = true;
      } else if (tagName === "r") {
        state2.r = true;
      } else if (tagName === "rPh") {
        state2.rPh = true;
      }
    }
    function onCloseTagInCell(tagName, state2) {
      if (tagName === "v") {
        state2.v = false;
        state2.vText || (state2.vText = "");
        if (state2.attributes.t === "str") {
          state2.vText = unescapeXlsxString(state2.vText);
        }
      } else if (tagName === "is") {
        state2.is = false;
        state2.inlineString = unescapeXlsxString(state2.inlineString);
      } else if (tagName === "t") {
        state2.t = false;
      } else if (tagName === "r") {
        state2.r = false;
      } else if (tagName === "rPh") {
        state2.rPh = false;
      }
    }
    function onTextInCell(text, state2) {
      if (state2.v) {
        state2.vText = text;
      } else if (state2.is) {
        if (state2.rPh) ;
        else if (state2.t) {
          if (state2.r) {
            state2.inlineString += text;
          } else {
            state2.inlineString = text;
          }
        }
      }
    }
  }
  function convertValuesFromUint8ArraysToStrings(entries) {
    checkpoint("convert files to strings");
    var convertedEntries = {};
    for (var _i = 0, _Object$keys = Object.keys(entries); _i < _Object$keys.length; _i++) {
      var key = _Object$keys[_i];
      convertedEntries[key] = strFromU8(entries[key]);
    }
    return convertedEntries;
  }
  function strFromU8(data) {
    if (typeof TextDecoder !== "undefined") {
      return new TextDecoder().decode(data);
    } else {
      return strFromU8$1(data);
    }
  }
  function _typeof$2(o) {
    "@babel/helpers - typeof";
    return _typeof$2 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$2(o);
  }
  function isPromise(anything) {
    return _typeof$2(anything) === "object" && typeof anything.then === "function";
  }
  function _typeof$1(o) {
    "@babel/helpers - typeof";
    return _typeof$1 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof$1(o);
  }
  function _createClass(Constructor, protoProps, staticProps) {
    Object.defineProperty(Constructor, "prototype", { writable: false });
    return Constructor;
  }
  function _classCallCheck(instance, Constructor) {
    if (!(instance instanceof Constructor)) {
      throw new TypeError("Cannot call a class as a function");
    }
  }
  function _inherits(subClass, superClass) {
    if (typeof superClass !== "function" && superClass !== null) {
      throw new TypeError("Super expression must either be null or a function");
    }
    subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, writable: true, configurable: true } });
    Object.defineProperty(subClass, "prototype", { writable: false });
    if (superClass) _setPrototypeOf(subClass, superClass);
  }
  function _createSuper(Derived) {
    var hasNativeReflectConstruct = _isNativeReflectConstruct();
    return function _createSuperInternal() {
      var Super = _getPrototypeOf(Derived), result2;
      if (hasNativeReflectConstruct) {
        var NewTarget = _getPrototypeOf(this).constructor;
        result2 = Reflect.construct(Super, arguments, NewTarget);
      } else {
        result2 = Super.apply(this, arguments);
      }
      return _possibleConstructorReturn(this, result2);
    };
  }
  function _possibleConstructorReturn(self2, call) {
    if (call && (_typeof$1(call) === "object" || typeof call === "function")) {
      return call;
    } else if (call !== void 0) {
      throw new TypeError("Derived constructors may only return object or undefined");
    }
    return _assertThisInitialized(self2);
  }
  function _assertThisInitialized(self2) {
    if (self2 === void 0) {
      throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    }
    return self2;
  }
  function _wrapNativeSuper(Class) {
    var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
    _wrapNativeSuper = function _wrapNativeSuper2(Class2) {
      if (Class2 === null || !_isNativeFunction(Class2)) return Class2;
      if (typeof Class2 !== "function") {
        throw new TypeError("Super expression must either be null or a function");
      }
      if (typeof _cache !== "undefined") {
        if (_cache.has(Class2)) return _cache.get(Class2);
        _cache.set(Class2, Wrapper);
      }
      function Wrapper() {
        return _construct(Class2, arguments, _getPrototypeOf(this).constructor);
      }
      Wrapper.prototype = Object.create(Class2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } });
      return _setPrototypeOf(Wrapper, Class2);
    };
    return _wrapNativeSuper(Class);
  }
  function _construct(Parent, args, Class) {
    if (_isNativeReflectConstruct()) {
      _construct = Reflect.construct.bind();
    } else {
      _construct = function _construct2(Parent2, args2, Class2) {
        var a = [null];
        a.push.apply(a, args2);
        var Constructor = Function.bind.apply(Parent2, a);
        var instance = new Constructor();
        if (Class2) _setPrototypeOf(instance, Class2.prototype);
        return instance;
      };
    }
    return _construct.apply(null, arguments);
  }
  function _isNativeReflectConstruct() {
    if (typeof Reflect === "undefined" || !Reflect.construct) return false;
    if (Reflect.construct.sham) return false;
    if (typeof Proxy === "function") return true;
    try {
      Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
      return true;
    } catch (e) {
      return false;
    }
  }
  function _isNativeFunction(fn) {
    return Function.toString.call(fn).indexOf("[native code]") !== -1;
  }
  function _setPrototypeOf(o, p) {
    _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf2(o2, p2) {
      o2.__proto__ = p2;
      return o2;
    };
    return _setPrototypeOf(o, p);
  }
  function _getPrototypeOf(o) {
    _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf2(o2) {
      return o2.__proto__ || Object.getPrototypeOf(o2);
    };
    return _getPrototypeOf(o);
  }
  var SheetNotFoundError = /* @__PURE__ */ (function(_Error) {
    _inherits(SheetNotFoundError2, _Error);
    var _super = _createSuper(SheetNotFoundError2);
    function SheetNotFoundError2(sheet2, sheets) {
      var _this;
      _classCallCheck(this, SheetNotFoundError2);
      _this = _super.call(this, "Sheet not found: ".concat(typeof sheet2 === "number" ? sheet2 + ". Sheet count: " + sheets.length : sheet2 + ". Available sheets: " + sheets.join(", ")));
      _this.name = "SheetNotFoundError";
      _this.sheet = sheet2;
      _this.sheets = sheets;
      return _this;
    }
    return _createClass(SheetNotFoundError2);
  })(/* @__PURE__ */ _wrapNativeSuper(Error));
  function _typeof(o) {
    "@babel/helpers - typeof";
    return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof(o);
  }
  function _createForOfIteratorHelperLoose(o, allowArrayLike) {
    var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
    if (it) return (it = it.call(o)).next.bind(it);
    if (Array.isArray(o) || (it = _unsupportedIterableToArray(o)) || allowArrayLike) {
      if (it) o = it;
      var i2 = 0;
      return function() {
        if (i2 >= o.length) return { done: true };
        return { done: false, value: o[i2++] };
      };
    }
    throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _unsupportedIterableToArray(o, minLen) {
    if (!o) return;
    if (typeof o === "string") return _arrayLikeToArray(o, minLen);
    var n2 = Object.prototype.toString.call(o).slice(8, -1);
    if (n2 === "Object" && o.constructor) n2 = o.constructor.name;
    if (n2 === "Map" || n2 === "Set") return Array.from(o);
    if (n2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n2)) return _arrayLikeToArray(o, minLen);
  }
  function _arrayLikeToArray(arr, len) {
    if (len == null || len > arr.length) len = arr.length;
    for (var i2 = 0, arr2 = new Array(len); i2 < len; i2++) arr2[i2] = arr[i2];
    return arr2;
  }
  function ownKeys(e, r) {
    var t = Object.keys(e);
    if (Object.getOwnPropertySymbols) {
      var o = Object.getOwnPropertySymbols(e);
      r && (o = o.filter(function(r2) {
        return Object.getOwnPropertyDescriptor(e, r2).enumerable;
      })), t.push.apply(t, o);
    }
    return t;
  }
  function _objectSpread(e) {
    for (var r = 1; r < arguments.length; r++) {
      var t = null != arguments[r] ? arguments[r] : {};
      r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
        _defineProperty(e, r2, t[r2]);
      }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
        Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
      });
    }
    return e;
  }
  function _defineProperty(obj, key, value) {
    key = _toPropertyKey(key);
    if (key in obj) {
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    } else {
      obj[key] = value;
    }
    return obj;
  }
  function _toPropertyKey(arg) {
    var key = _toPrimitive(arg, "string");
    return _typeof(key) === "symbol" ? key : String(key);
  }
  function _toPrimitive(input, hint) {
    if (_typeof(input) !== "object" || input === null) return input;
    var prim = input[Symbol.toPrimitive];
    if (prim !== void 0) {
      var res = prim.call(input, hint);
      if (_typeof(res) !== "object") return res;
      throw new TypeError("@@toPrimitive must return a primitive value.");
    }
    return (hint === "string" ? String : Number)(input);
  }
  function parseSpreadsheetContents(parseXml2, contents_) {
    var options = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
    var contents = convertValuesFromUint8ArraysToStrings(contents_);
    checkpoint("parse spreadsheet info and file paths");
    return readFiles(getXmlFilesAtFixedPaths(), contents, parseXml2).then(function(_ref) {
      var spreadsheetInfo = _ref.spreadsheetInfo, filePaths = _ref.filePaths;
      checkpoint('parse "shared strings" and "styles"');
      return readFiles(getXmlFilesAtNonFixedPaths(filePaths), contents, parseXml2).then(function(_ref2) {
        var sharedStrings = _ref2.sharedStrings, styles = _ref2.styles;
        var sheetRelationIdsToRead = options.sheets ? options.sheets.map(function(sheet2) {
          return getSheetRelationId(sheet2, spreadsheetInfo.sheets);
        }) : spreadsheetInfo.sheets.map(function(_) {
          return _.relationId;
        });
        checkpoint("parse sheet".concat(sheetRelationIdsToRead.length === 1 ? "" : "s", " data"));
        var dateFormatDetectionCache = [];
        return readFiles(getSheetDataXmlFiles(filePaths, sheetRelationIdsToRead, {
          sharedStrings,
          styles,
          epoch1904: spreadsheetInfo.epoch1904,
          dateFormatDetectionCache,
          options
        }), contents, parseXml2).then(function(sheetsData) {
          checkpoint("end");
          return sheetRelationIdsToRead.map(function(sheetRelationId) {
            return {
              sheet: getSheetNameByRelationId(sheetRelationId, spreadsheetInfo.sheets),
              data: sheetsData[sheetRelationId]
            };
          });
        });
      });
    });
  }
  function parseSpreadsheetContentsInWorker(createWorkerFunction2, parseXml2, contents, options) {
    if (!(options && options.parseNumber)) {
      options = _objectSpread(_objectSpread({}, options), {}, {
        parseNumber: null
      });
    }
    return parseSpreadsheetContents(parseXml2, contents, options);
  }
  function getSheetRelationId(sheet2, sheets) {
    if (typeof sheet2 === "string") {
      for (var _iterator = _createForOfIteratorHelperLoose(sheets), _step; !(_step = _iterator()).done; ) {
        var _sheet = _step.value;
        if (_sheet.name === sheet2) {
          return _sheet.relationId;
        }
      }
    } else {
      if (sheet2 <= sheets.length) {
        return sheets[sheet2 - 1].relationId;
      }
    }
    throw new SheetNotFoundError(sheet2, sheets.map(function(_) {
      return _.name;
    }));
  }
  function getSheetNameByRelationId(sheetRelationId, sheets) {
    for (var _iterator2 = _createForOfIteratorHelperLoose(sheets), _step2; !(_step2 = _iterator2()).done; ) {
      var sheet2 = _step2.value;
      if (sheet2.relationId === sheetRelationId) {
        return sheet2.name;
      }
    }
    throw new Error("Sheet relation ID not found: ".concat(sheetRelationId));
  }
  function getXmlFilesAtFixedPaths() {
    return {
      // Read the paths to certain files inside the `.xlsx` file, which is itself just a `.zip` archive.
      // These paths aren't standardized between different spreadsheet editors.
      // https://github.com/tidyverse/readxl/issues/104
      "xl/_rels/workbook.xml.rels": {
        name: "filePaths",
        parse: parseFilePaths
      },
      // General info on the spreadsheet.
      "xl/workbook.xml": {
        name: "spreadsheetInfo",
        parse: parseSpreadsheetInfo
      }
    };
  }
  function getXmlFilesAtNonFixedPaths(filePaths) {
    var _ref3;
    return _ref3 = {}, _defineProperty(_ref3, filePaths.sharedStrings || "xl/sharedStrings.xml", {
      name: "sharedStrings",
      // `parseSharedStrings()` returns a `Promise`.
      parse: parseSharedStrings,
      // It seems that "sharedStrings.xml" is not required to exist.
      // For example, that could be the case when a spreadsheet doesn't contain any strings.
      // https://github.com/catamphetamine/read-excel-file/issues/85
      fallback: Promise.resolve([])
    }), _defineProperty(_ref3, filePaths.styles || "xl/styles.xml", {
      name: "styles",
      parse: parseStyles,
      fallback: {}
    }), _ref3;
  }
  function getSheetDataXmlFiles(filePaths, sheetRelationIdsToRead, sheetDataParserParameters) {
    return Object.keys(filePaths.sheets).filter(function(sheetRelationId) {
      return sheetRelationIdsToRead.includes(sheetRelationId);
    }).reduce(function(filesInfo, sheetRelationId) {
      return _objectSpread(_objectSpread({}, filesInfo), {}, _defineProperty({}, filePaths.sheets[sheetRelationId], {
        name: sheetRelationId,
        // `parseSheet()` returns a `Promise`.
        parse: function parse2(content, parseXml2) {
          return parseSheet(content, parseXml2, sheetDataParserParameters);
        }
      }));
    }, {});
  }
  function readFiles(filesInfo, contents, parseXml2) {
    var results = {};
    var _loop = function _loop3() {
      var filePath = _Object$keys[_i];
      var fileInfo = filesInfo[filePath];
      results[fileInfo.name] = contents[filePath] === void 0 ? fileInfo.fallback === void 0 ? (function() {
        throw new InvalidSpreadsheetError('"'.concat(filePath, '" file not found inside the `.xlsx` file'));
      })() : fileInfo.fallback : fileInfo.parse(contents[filePath], parseXml2);
    };
    for (var _i = 0, _Object$keys = Object.keys(filesInfo); _i < _Object$keys.length; _i++) {
      _loop();
    }
    var promises = [];
    var _loop2 = function _loop22() {
      var name = _Object$keys2[_i2];
      if (isPromise(results[name])) {
        promises.push(results[name].then(function(result2) {
          results[name] = result2;
        }));
      }
    };
    for (var _i2 = 0, _Object$keys2 = Object.keys(results); _i2 < _Object$keys2.length; _i2++) {
      _loop2();
    }
    if (promises.length > 0) {
      return Promise.all(promises).then(function() {
        return results;
      });
    }
    return results;
  }
  var createWorkerFunction = void 0;
  function readXlsxFile(input, options) {
    return unpackXlsxFile(input).then(function(contents) {
      return parseSpreadsheetContentsInWorker(createWorkerFunction, parseXml, contents, options);
    });
  }
  const index = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
    __proto__: null,
    InvalidInputError,
    InvalidSpreadsheetError,
    SheetNotFoundError,
    default: readXlsxFile
  }, Symbol.toStringTag, { value: "Module" }));
  return result;
})();
sellerCenter;