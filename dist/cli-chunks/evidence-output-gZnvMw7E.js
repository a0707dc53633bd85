#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var node_path = require('node:path');
var args = require('./args-Cjw6L1O6.js');
var imageKey = require('./image-key-DiHdaawd.js');
var cli = require('../cli.js');
var node_child_process = require('node:child_process');
var node_fs = require('node:fs');
var string_decoder = require('string_decoder');
var os = require('os');
var events = require('events');
var child = require('child_process');
var path = require('path');
var fs = require('fs');
var timers = require('timers');
var node_readline = require('node:readline');
var node_os = require('node:os');
var node_crypto = require('node:crypto');
var gateFiles = require('./gate-files-BZ9zFXBw.js');

function _interopNamespace(e) {
  if (e && e.__esModule) return e;
  var n = Object.create(null);
  if (e) {
    Object.keys(e).forEach(function (k) {
      if (k !== 'default') {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function () { return e[k]; }
        });
      }
    });
  }
  n.default = e;
  return Object.freeze(n);
}

var os__namespace = /*#__PURE__*/_interopNamespace(os);
var events__namespace = /*#__PURE__*/_interopNamespace(events);
var child__namespace = /*#__PURE__*/_interopNamespace(child);
var path__namespace = /*#__PURE__*/_interopNamespace(path);
var fs__namespace = /*#__PURE__*/_interopNamespace(fs);

// String(val)/val.toString() drop the sign of -0 (e.g. String(-0) === '0'), silently
// corrupting a round-tripped negative-zero value. XML has no separate int/float syntax,
// so this is the single place every raw value gets turned into text.
function valToStr(val) {
  return typeof val === 'number' && Object.is(val, -0) ? '-0' : String(val)
}

function safeComment(val) {
  return valToStr(val)
    .replace(/--/g, '- -')   // -- is illegal anywhere in comment content
    .replace(/--/g, '- -')   // handle the scenario when 2 consiucative dashes appears 
    .replace(/-$/, '- ');    // trailing - would form -- with the closing -->
}

function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, ']]]]><![CDATA[>')
}

function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/**
 * Resolve a tag or attribute name through sanitizeName if configured.
 * Validation via xml-naming's qName is performed first; the sanitizeName
 * callback is invoked only when the name is invalid. If sanitizeName is
 * false (default), no validation occurs and the name is used as-is.
 *
 * @param {string}  name        - raw name from the JS object
 * @param {boolean} isAttribute - true when resolving an attribute name
 * @param {object}  options
 * @param {Matcher} matcher     - current matcher state (readonly from callback perspective)
 * @param {function} qNameValidator - function to validate tag names
 */

function resolveName(name, isAttribute, options, matcher, validator) {
  if (!options.sanitizeName) return name;

  // Processing-instruction names: validate the part after the leading "?"
  const isPI = !isAttribute && name[0] === '?';
  const bare = isPI ? name.slice(1) : name;

  if (validator(bare)) return name;

  const result = options.sanitizeName(bare, { isAttribute, matcher: matcher.readOnly() });

  // Never trust the callback's output
  if (typeof result !== 'string' || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? '?' + result : result;
}

const EOL = "\n";

/**
 * Detect XML version from the first element of the ordered array input.
 * The first element must be a ?xml processing instruction with a version attribute.
 * Returns '1.0' if not found.
 *
 * @param {array}  jArray
 * @param {object} options
 */
function detectXmlVersionFromArray(jArray, options) {
    if (!Array.isArray(jArray) || jArray.length === 0) return '1.0';
    const first = jArray[0];
    const firstKey = propName(first);
    if (firstKey === '?xml') {
        const attrs = first[':@'];
        if (attrs) {
            const versionKey = options.attributeNamePrefix + 'version';
            if (attrs[versionKey]) return attrs[versionKey];
        }
    }
    return '1.0';
}

/**
 * @param {array} jArray
 * @param {any} options
 * @returns
 */
function toXml(jArray, options) {
    let indentation = "";
    if (options.format) {
        indentation = EOL;
    }

    // Pre-compile stopNode expressions for pattern matching
    const stopNodeExpressions = [];
    if (options.stopNodes && Array.isArray(options.stopNodes)) {
        for (let i = 0; i < options.stopNodes.length; i++) {
            const node = options.stopNodes[i];
            if (typeof node === 'string') {
                stopNodeExpressions.push(new args.Expression(node));
            } else if (node instanceof args.Expression) {
                stopNodeExpressions.push(node);
            }
        }
    }

    // Detect XML version for use in name validation
    const xmlVersion = detectXmlVersionFromArray(jArray, options);
    const qNameValidator = args.createValidator('qName', { xmlVersion });
    // Initialize matcher for path tracking
    const matcher = new args.Matcher();

    return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}

function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
    let xmlStr = "";
    let isPreviousElementTag = false;

    if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
    }

    if (!Array.isArray(arr)) {
        // Non-array values (e.g. string tag values) should be treated as text content
        if (arr !== undefined && arr !== null) {
            let text = valToStr(arr);
            text = replaceEntitiesValue(text, options);
            return text;
        }
        return "";
    }

    for (let i = 0; i < arr.length; i++) {
        const tagObj = arr[i];
        const rawTagName = propName(tagObj);
        if (rawTagName === undefined) continue;

        // Special names are exempt from sanitizeName: internal conventions and PI tags
        // are not user-supplied XML element names.
        const isSpecialName = rawTagName === options.textNodeName
            || rawTagName === options.cdataPropName
            || rawTagName === options.commentPropName;
        //|| rawTagName[0] === '?';

        // Resolve tag name (may transform it; may throw for invalid names)
        const tagName = isSpecialName
            ? rawTagName
            : resolveName(rawTagName, false, options, matcher, qNameValidator);

        // Extract attributes from ":@" property
        const attrValues = extractAttributeValues(tagObj[":@"], options);

        // Push resolved tag to matcher WITH attributes
        matcher.push(tagName, attrValues);

        // Check if this is a stop node using Expression matching
        const isStopNode = checkStopNode(matcher, stopNodeExpressions);

        if (tagName === options.textNodeName) {
            let tagText = tagObj[rawTagName];
            if (!isStopNode) {
                tagText = options.tagValueProcessor(tagName, tagText);
                tagText = replaceEntitiesValue(tagText, options);
            }
            tagText = valToStr(tagText);
            if (isPreviousElementTag) {
                xmlStr += indentation;
            }
            xmlStr += tagText;
            isPreviousElementTag = false;
            matcher.pop();
            continue;
        } else if (tagName === options.cdataPropName) {
            if (isPreviousElementTag) {
                xmlStr += indentation;
            }
            const val = tagObj[rawTagName][0][options.textNodeName];
            const safeVal = safeCdata(val);
            xmlStr += `<![CDATA[${safeVal}]]>`;
            isPreviousElementTag = false;
            matcher.pop();
            continue;
        } else if (tagName === options.commentPropName) {
            const val = tagObj[rawTagName][0][options.textNodeName];
            const safeVal = safeComment(val);
            xmlStr += indentation + `<!--${safeVal}-->`;
            isPreviousElementTag = true;
            matcher.pop();
            continue;
        } else if (tagName[0] === "?") {
            const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
            const tempInd = tagName === "?xml" ? "" : indentation;
            // Text node content on PI/XML declaration tags is intentionally ignored.
            // Only attributes are valid on these tags per the XML spec.
            xmlStr += tempInd + `<${tagName}${attStr}?>`;
            isPreviousElementTag = true;
            matcher.pop();
            continue;
        }

        let newIdentation = indentation;
        if (newIdentation !== "") {
            newIdentation += options.indentBy;
        }

        // Pass isStopNode to attr_to_str so attributes are also not processed for stopNodes
        const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
        const tagStart = indentation + `<${tagName}${attStr}`;

        // If this is a stopNode, get raw content without processing
        let tagValue;
        if (isStopNode) {
            tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
        } else {
            tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
        }

        if (options.unpairedTags.indexOf(tagName) !== -1) {
            if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
            else xmlStr += tagStart + "/>";
        } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
            xmlStr += tagStart + "/>";
        } else if (tagValue && tagValue.endsWith(">")) {
            xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
        } else {
            xmlStr += tagStart + ">";
            if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
                xmlStr += indentation + options.indentBy + tagValue + indentation;
            } else {
                xmlStr += tagValue;
            }
            xmlStr += `</${tagName}>`;
        }
        isPreviousElementTag = true;

        // Pop tag from matcher
        matcher.pop();
    }

    return xmlStr;
}

/**
 * Extract attribute values from the ":@" object and return as plain object
 * for passing to matcher.push()
 */
function extractAttributeValues(attrMap, options) {
    if (!attrMap || options.ignoreAttributes) return null;

    const attrValues = {};
    let hasAttrs = false;

    for (let attr in attrMap) {
        if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
        // Remove the attribute prefix to get clean attribute name
        const cleanAttrName = attr.startsWith(options.attributeNamePrefix)
            ? attr.substr(options.attributeNamePrefix.length)
            : attr;
        attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
        hasAttrs = true;
    }

    return hasAttrs ? attrValues : null;
}

/**
 * Extract raw content from a stopNode without any processing
 * This preserves the content exactly as-is, including special characters
 */
function getRawContent(arr, options, depth = 0) {
    if (options.maxNestedTags && depth > options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
    }
    if (!Array.isArray(arr)) {
        // Non-array values return as-is
        if (arr !== undefined && arr !== null) {
            return valToStr(arr);
        }
        return "";
    }

    let content = "";
    for (let i = 0; i < arr.length; i++) {
        const item = arr[i];
        const tagName = propName(item);

        if (tagName === options.textNodeName) {
            // Raw text content - NO processing, NO entity replacement
            content += valToStr(item[tagName]);
        } else if (tagName === options.cdataPropName) {
            // CDATA content
            content += item[tagName][0][options.textNodeName];
        } else if (tagName === options.commentPropName) {
            // Comment content
            content += item[tagName][0][options.textNodeName];
        } else if (tagName && tagName[0] === "?") {
            // Processing instruction - skip for stopNodes
            continue;
        } else if (tagName) {
            // Nested tags within stopNode — no sanitizeName, content is raw
            const attStr = attr_to_str_raw(item[":@"], options);
            const nestedContent = getRawContent(item[tagName], options, depth + 1);

            if (!nestedContent || nestedContent.length === 0) {
                content += `<${tagName}${attStr}/>`;
            } else {
                content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
            }
        }
    }
    return content;
}

/**
 * Build attribute string for stopNodes - NO entity replacement
 */
function attr_to_str_raw(attrMap, options) {
    let attrStr = "";
    if (attrMap && !options.ignoreAttributes) {
        for (let attr in attrMap) {
            if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
            // For stopNodes, use raw value without processing
            let attrVal = attrMap[attr];
            if (attrVal === true && options.suppressBooleanAttributes) {
                attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
            } else {
                attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
            }
        }
    }
    return attrStr;
}

function propName(obj) {
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
        if (key !== ":@") return key;
    }
}

/**
 * Build attribute string, resolving attribute names through sanitizeName when configured.
 * Accepts matcher so the callback has path context.
 */
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
    let attrStr = "";
    if (attrMap && !options.ignoreAttributes) {
        for (let attr in attrMap) {
            if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;

            // Strip prefix to get the clean XML attribute name, then optionally sanitize it
            const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
            const resolvedAttrName = isStopNode
                ? cleanAttrName  // stopNodes are raw — skip sanitizeName for attr names too
                : resolveName(cleanAttrName, true, options, matcher, qNameValidator);

            let attrVal;
            if (isStopNode) {
                // For stopNodes, use raw value without any processing
                attrVal = attrMap[attr];
            } else {
                // Normal processing: apply attributeValueProcessor and entity replacement
                attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
                attrVal = replaceEntitiesValue(attrVal, options);
            }

            if (attrVal === true && options.suppressBooleanAttributes) {
                attrStr += ` ${resolvedAttrName}`;
            } else {
                attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
            }
        }
    }
    return attrStr;
}

function checkStopNode(matcher, stopNodeExpressions) {
    if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;

    for (let i = 0; i < stopNodeExpressions.length; i++) {
        if (matcher.matches(stopNodeExpressions[i])) {
            return true;
        }
    }
    return false;
}

function replaceEntitiesValue(textValue, options) {
    if (textValue && textValue.length > 0 && options.processEntities) {
        for (let i = 0; i < options.entities.length; i++) {
            const entity = options.entities[i];
            textValue = textValue.replace(entity.regex, entity.val);
        }
    }
    return textValue;
}

function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}

const defaultOptions = {
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: '  ',
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function (key, a) {
    return a;
  },
  attributeValueProcessor: function (attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },//it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("\'", "g"), val: "&apos;" },
    { regex: new RegExp("\"", "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};

function Builder(options) {
  this.options = Object.assign({}, defaultOptions, options);

  // Convert old-style stopNodes for backward compatibility
  // Old syntax: "*.tag" meant "tag anywhere in tree"
  // New syntax: "..tag" means "tag anywhere in tree"
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Convert old wildcard syntax to deep wildcard
        return '..' + node.substring(2);
      }
      return node;
    });
  }

  // Pre-compile stopNode expressions for pattern matching
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === 'string') {
        this.stopNodeExpressions.push(new args.Expression(node));
      } else if (node instanceof args.Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }

  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function (/*a*/) {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }

  this.processTextOrObjNode = processTextOrObjNode;

  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = '>\n';
    this.newLine = '\n';
  } else {
    this.indentate = function () {
      return '';
    };
    this.tagEndChar = '>';
    this.newLine = '';
  }
}

/**
 * Detect XML version from the ?xml declaration at the root of a plain-object input.
 * Checks both attributesGroupName and flat attribute forms.
 * Returns '1.0' if no declaration is found.
 */
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj['?xml'];
  if (decl && typeof decl === 'object') {
    // attributesGroupName path e.g. { '$$': { '@_version': '1.1' } }
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v = decl[options.attributesGroupName][options.attributeNamePrefix + 'version'];
      if (v) return v;
    }
    // flat attribute path e.g. { '@_version': '1.1' }
    const v = decl[options.attributeNamePrefix + 'version'];
    if (v) return v;
  }
  return '1.0';
}

Builder.prototype.build = function (jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      };
    }
    // Initialize matcher for path tracking
    const matcher = new args.Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = args.createValidator('qName', { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};

Builder.prototype.j2x = function (jObj, level, matcher, qNameValidator) {
  let attrStr = '';
  let val = '';
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  // Get jPath based on option: string for backward compatibility, or Matcher for new features
  const jPath = this.options.jPath ? matcher.toString() : matcher;

  // Check if current node is a stopNode (will be used for attribute encoding)
  const isCurrentStopNode = this.checkStopNode(matcher);

  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;

    // Resolve the key through sanitizeName before any use.
    // Special keys (textNodeName, cdataPropName, commentPropName, attributeNamePrefix,
    // attributesGroupName, "?" PI tags) are exempt — they are builder-internal conventions,
    // not user-supplied XML names.
    const isSpecialKey = key === this.options.textNodeName
      || key === this.options.cdataPropName
      || key === this.options.commentPropName
      || (this.options.attributesGroupName && key === this.options.attributesGroupName)
      || this.isAttribute(key);
    //|| key[0] === '?';

    const resolvedKey = isSpecialKey
      ? key
      : resolveName(key, false, this.options, matcher, qNameValidator);

    if (typeof jObj[key] === 'undefined') {
      // supress undefined node only if it is not an attribute
      if (this.isAttribute(key)) {
        val += '';
      }
    } else if (jObj[key] === null) {
      // null attribute should be ignored by the attribute list, but should not cause the tag closing
      if (this.isAttribute(key)) {
        val += '';
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += '';
      } else if (resolvedKey[0] === '?') {
        val += this.indentate(level) + '<' + resolvedKey + '?' + this.tagEndChar;
      } else {
        val += this.indentate(level) + '<' + resolvedKey + '/' + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, '', level, matcher);
    } else if (typeof jObj[key] !== 'object') {
      //premitive type
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        // Resolve the attribute name through sanitizeName
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        //tag value
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          // Check if this is a stopNode before building
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();

          if (isStopNode) {
            // Build as raw content without encoding
            const textValue = valToStr(jObj[key]);
            if (textValue === '') {
              val += this.indentate(level) + '<' + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level) + '<' + resolvedKey + '>' + textValue + '</' + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, '', level, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      //repeated nodes
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item = jObj[key][j];
        if (typeof item === 'undefined') ; else if (item === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level) + '<' + resolvedKey + '?' + this.tagEndChar;
          else val += this.indentate(level) + '<' + resolvedKey + '/' + this.tagEndChar;
        } else if (typeof item === 'object') {
          if (this.options.oneListGroup) {
            // Push tag to matcher before recursive call
            matcher.push(resolvedKey);
            const result = this.j2x(item, level + 1, matcher, qNameValidator);
            // Pop tag from matcher after recursive call
            matcher.pop();

            listTagVal += result.val;
            if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr;
            }
          } else {
            listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            // Check if this is a stopNode before building
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();

            if (isStopNode) {
              // Build as raw content without encoding
              const textValue = valToStr(item);
              if (textValue === '') {
                listTagVal += this.indentate(level) + '<' + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level) + '<' + resolvedKey + '>' + textValue + '</' + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item, resolvedKey, '', level, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
      }
      val += listTagVal;
    } else {
      //nested node
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          // Resolve attribute names inside attributesGroupName
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
      }
    }
  }
  return { attrStr: attrStr, val: val };
};

Builder.prototype.buildAttrPairStr = function (attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return ' ' + attrName;
  } else return ' ' + attrName + '="' + escapeAttribute(val) + '"';
};

function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  // Extract attributes to pass to matcher
  const attrValues = this.extractAttributes(object);

  // Push tag to matcher before recursion WITH attributes
  matcher.push(key, attrValues);

  // Check if this entire node is a stopNode
  const isStopNode = this.checkStopNode(matcher);

  if (isStopNode) {
    // For stopNodes, build raw content without entity encoding
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }

  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  // Pop tag from matcher after recursion
  matcher.pop();

  // PI/XML-declaration tags must never emit text content — route through
  // buildTextValNode which correctly ignores the text node for "?" tags.
  if (key[0] === '?') {
    return this.buildTextValNode('', key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== undefined && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}

// Helper method to extract attributes from an object
Builder.prototype.extractAttributes = function (obj) {
  if (!obj || typeof obj !== 'object') return null;

  const attrValues = {};
  let hasAttrs = false;

  // Check for attributesGroupName (when attributes are grouped)
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      // Remove attribute prefix if present
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix)
        ? attrKey.substring(this.options.attributeNamePrefix.length)
        : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    // Look for individual attributes (prefixed with attributeNamePrefix)
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }

  return hasAttrs ? attrValues : null;
};

// Build raw content for stopNode without entity encoding
Builder.prototype.buildRawContent = function (obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === 'string') {
    return obj; // Already a string, return as-is
  }

  if (typeof obj !== 'object' || obj === null) {
    return String(obj);
  }

  // Check if this is a stopNode data from parser: { "#text": "raw xml", "@_attr": "val" }
  if (obj[this.options.textNodeName] !== undefined) {
    return obj[this.options.textNodeName]; // Return raw text without encoding
  }

  // Build raw XML from nested structure
  let content = '';

  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;

    // Skip attributes
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;

    const value = obj[key];

    if (key === this.options.textNodeName) {
      content += value; // Raw text
    } else if (Array.isArray(value)) {
      // Array of same tag
      for (let item of value) {
        if (typeof item === 'string' || typeof item === 'number') {
          content += `<${key}>${item}</${key}>`;
        } else if (typeof item === 'object' && item !== null) {
          const nestedContent = this.buildRawContent(item, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item);
          if (nestedContent === '') {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      // Nested object
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === '') {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      // Primitive value
      content += `<${key}>${value}</${key}>`;
    }
  }

  return content;
};

// Build attribute string for stopNode (no entity encoding)
Builder.prototype.buildAttributesForStopNode = function (obj) {
  if (!obj || typeof obj !== 'object') return '';

  let attrStr = '';

  // Check for attributesGroupName (when attributes are grouped)
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix)
        ? attrKey.substring(this.options.attributeNamePrefix.length)
        : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += ' ' + cleanKey;
      } else {
        // stopNode content is raw, but the quote delimiter is always escaped
        // so a quote in the value cannot break out of the attribute (see orderedJs2Xml attr_to_str)
        attrStr += ' ' + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    // Look for individual attributes
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += ' ' + attr;
        } else {
          // stopNode content is raw, but the quote delimiter is always escaped
          // so a quote in the value cannot break out of the attribute (see orderedJs2Xml attr_to_str)
          attrStr += ' ' + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }

  return attrStr;
};

Builder.prototype.buildObjectNode = function (val, key, attrStr, level) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
    else {
      return this.indentate(level) + '<' + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    // PI/XML-declaration tags never have body content — treat them like empty.
    return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
  } else {
    let tagEndExp = '</' + key + this.tagEndChar;
    let piClosingChar = "";

    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }

    // attrStr is an empty string in case the attribute came as undefined or null
    if ((attrStr || attrStr === '') && val.indexOf('<') === -1) {
      return (this.indentate(level) + '<' + key + attrStr + piClosingChar + '>' + val + tagEndExp);
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return (
        this.indentate(level) + '<' + key + attrStr + piClosingChar + this.tagEndChar +
        val +
        this.indentate(level) + tagEndExp);
    }
  }
};

Builder.prototype.closeTag = function (key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) { //unpaired
    if (!this.options.suppressUnpairedNode) closeTag = "/";
  } else if (this.options.suppressEmptyNode) { //empty
    closeTag = "/";
  } else {
    closeTag = `></${key}`;
  }
  return closeTag;
};

Builder.prototype.checkStopNode = function (matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;

  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
};

Builder.prototype.buildTextValNode = function (val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {//PI tag
    return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
  } else {
    // Normal processing: apply tagValueProcessor and entity replacement
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    // tagValueProcessor may return the raw value unchanged (default is identity), and
    // replaceEntitiesValue no-ops on non-strings, so a plain number can still reach here;
    // stringify it now, sign-preserving, before it's implicitly ToString'd below.
    textValue = valToStr(textValue);

    if (textValue === '') {
      return this.indentate(level) + '<' + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level) + '<' + key + attrStr + '>' +
        textValue +
        '</' + key + this.tagEndChar;
    }
  }
};

Builder.prototype.replaceEntitiesValue = function (textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
};

function indentate(level) {
  return this.options.indentBy.repeat(level);
}

function isAttribute(name /*, options*/) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}

/**
 * The evidence formats and their files: what the action's `evidence` input and the CLI's `--evidence`
 * option name. Apart from the renderers so that reading the inputs loads none of them.
 */
/** Each format's file name. `manifest` is evidence.json and the in-toto statement. */
const EVIDENCE_FILES = {
    cklb: 'stig-gate.cklb',
    ckl: 'stig-gate.ckl',
    'poam-csv': 'stig-gate-poam.csv',
    'oscal-ar': 'stig-gate-oscal-ar.json',
    'oscal-poam': 'stig-gate-oscal-poam.json',
    hdf: 'stig-gate-hdf.json',
    manifest: 'evidence.json',
};
const INTOTO_FILE = 'stig-gate.intoto.json';
const EVIDENCE_FORMATS = Object.keys(EVIDENCE_FILES);
/**
 * Parses a list of formats (`all`, `none`, or names separated by commas or whitespace), naming `option`
 * in the error.
 */
function parseEvidenceFormats(option, text) {
    const names = text
        .split(/[\s,]+/)
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
    if (names.length === 0 || (names.length === 1 && names[0] === 'all'))
        return [...EVIDENCE_FORMATS];
    if (names.length === 1 && names[0] === 'none')
        return [];
    const unknown = names.filter((name) => !(name in EVIDENCE_FILES));
    if (unknown.length > 0) {
        throw new cli.ConfigurationError(`${option} must be 'all', 'none' or a list of ${EVIDENCE_FORMATS.join(', ')}; got '${unknown.join(', ')}'`);
    }
    return EVIDENCE_FORMATS.filter((format) => names.includes(format));
}

/**
 * The Python function both scanner programs (rootfs mode's extraction, mount mode's start) use to read the
 * image's os-release from its tree, for the content-coverage notice (gate/content-coverage.ts). The file
 * came from the image: its links are followed inside the tree only (an absolute link names a path of the
 * image, never of the scanner), and only a regular file is opened, without blocking (a FIFO or a device at
 * that path must not hang the scan). Needs `import json, os, stat` in the program; `say` is not used.
 */
const OS_RELEASE_PY = String.raw `
def in_tree(tree, name, hops=40):
    # name's path in the tree, its links resolved as the image would resolve them; None when it is
    # missing or the links loop.
    parts, done = name.split("/"), []
    while parts:
        part = parts.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            done = done[:-1]
            continue
        path = os.path.join(tree, *done, part)
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return None
        if stat.S_ISLNK(mode):
            hops -= 1
            if hops < 0:
                return None
            target = os.readlink(path)
            if target.startswith("/"):
                done = []
            parts = target.split("/") + parts
            continue
        done.append(part)
    return os.path.join(tree, *done)


def os_release(tree):
    # The image's /etc/os-release, else /usr/lib/os-release: ID, ID_LIKE and PRETTY_NAME, clipped.
    for name in ("etc/os-release", "usr/lib/os-release"):
        path = in_tree(tree, name)
        if path is None:
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            data = os.read(fd, 65536)
        except OSError:
            continue
        finally:
            os.close(fd)
        fields = {}
        for line in data.decode("utf-8", "replace").splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() in ("ID", "ID_LIKE", "PRETTY_NAME"):
                fields[key.strip()] = value.strip().strip("\"'")[:200]
        return fields
    return None
`;

/**
 * The program rootfs mode runs inside the scanner: a constant of the project, given to `python3 -I -c` as
 * one argument, with everything that varies (the tree, the limit, the image's environment, the target's
 * name, oscap's arguments) as further arguments. Nothing from an input reaches a shell.
 *
 * It reads `docker export`'s tar on standard input and extracts it into the tree with Python's `tarfile`,
 * checking every entry first (see ROOTFS_EXTRACT_PY's comments), then replaces itself with
 * `oscap xccdf eval`, with OSCAP_PROBE_ROOT on the tree. Python, because every scanner that can run
 * oscap-docker has it (oscap-docker is Python), while GNU tar is not in every scanner image; and because a
 * per-entry check in code says exactly what it refused. `tarfile`'s own extraction filters (PEP 706) are
 * not used: they are missing from Debian bookworm's Python 3.11.2, and both `data` and `tar` clear the
 * setuid/setgid bits and group/other write bits that STIG rules look at (the `data` filter also refuses
 * every absolute symbolic link, common in real images).
 */
/** Exit codes of {@link ROOTFS_EXTRACT_PY} before oscap runs (oscap's own are 0, 1 and 2). */
const ROOTFS_EXIT = {
    /** An entry would have been written outside the tree, through a link, or over a directory. */
    refused: 3,
    /** The image's files are larger than the limit for the tree. */
    tooBig: 4,
    /** The tar stream was truncated or unreadable, or writing the tree failed (e.g. out of space). */
    unreadable: 5,
    /** Extracting only what the content reads left out a file it turned out to need (see STIG_GATE_REACH). */
    incomplete: 6,
};
/** Set to `1` when the tar stream is an engine's `docker export` (not a disk's): see ROOTFS_EXTRACT_PY. */
const ENGINE_EXPORT_ENV = 'STIG_GATE_ENGINE_EXPORT';
/** The prefix of every line the program prints itself (oscap's lines follow unprefixed). */
const ROOTFS_LINE_PREFIX = 'stig-gate-rootfs:';
/**
 * `python3 -I -c ROOTFS_EXTRACT_PY TREE LIMIT_BYTES ENV TARGET_NAME oscap ARGS…`
 *
 * - ENV `stdin`: standard input starts with the image's `Env` (see rootfsStdinHeader in rootfs.ts), before
 *   the tar stream; else ENV is that JSON list itself.
 * - Entry names: leading `/` dropped, `.` parts dropped; any `..` part is refused (exit 3). Hard links:
 *   the same for the name they link to.
 * - Nothing is written through a symbolic link: an entry whose parent directory in the tree is a link is
 *   refused; an existing file or link at an entry's name is removed first (tar's "last entry wins"); an
 *   entry that would replace a directory with something else is refused.
 * - Symbolic links are kept, but a target that is absolute or climbs above the image's root is rewritten
 *   to the relative path that reaches, inside the tree, the place the image's own root would resolve it
 *   to: `/etc/x` from `usr/lib/y` becomes `../../etc/x`. So oscap, following links in the tree, never
 *   leaves it (an absolute link would otherwise resolve in the scanner's own file system). A target with a
 *   `..` after a name (`p/../x`) is folded as text only when every name it steps out of is a real directory
 *   once the tree is whole; where it steps out of a link, the kernel would go elsewhere: refused (exit 3).
 * - With STIG_GATE_ENGINE_EXPORT=1 (the stream is `docker export`'s), `/.dockerenv`, which the engine writes
 *   into every container it creates (over the image's own), is left out: the image has none, and content
 *   reads it to tell a container from a machine. A disk's stream keeps its own.
 * - The image's root entry, if the stream has one, must be a directory; a hard link must name a file
 *   already extracted (else tarfile would extract its target again there and set modes through it).
 * - Nothing in the tree may block a read (a probe that opens it would wait until the timeout): character and
 *   block devices are made as what they are, with their numbers, owner and mode (CAP_MKNOD), on a tree
 *   mounted `nodev`, so the kernel refuses to open them at once (EACCES) while stat shows their type; their
 *   other names (hard links) are devices of their own. A FIFO, which an open for reading would wait on for
 *   a writer, becomes a Unix socket file (open fails at once, ENXIO): still a special file, neither regular
 *   nor a directory. Where the system refuses mknod (a user namespace), a device becomes a socket file too.
 *   Owners are numeric; modes, setuid and setgid are kept (chown then chmod, as root with CAP_CHOWN,
 *   CAP_FOWNER and CAP_FSETID), and so are times, a symbolic link's own too (tarfile sets none on a link).
 * - What the tree takes in memory is counted as it comes (file data in whole pages, 1 KiB per inode); past
 *   LIMIT_BYTES the program stops (exit 4).
 * - The stream must end as a whole archive does, with zero blocks and nothing else: tarfile takes a stream
 *   cut at an entry's boundary or inside a header for the archive's end (exit 5).
 * - Any extraction error is fatal (errorlevel 2, and anything else raised): a tree that is not the image
 *   is not scanned (exit 5).
 * Then standard input is read to its end (so `docker export` finishes normally), one summary line is
 * printed and oscap replaces the program, with OSCAP_PROBE_ROOT=TREE, OSCAP_EVALUATION_TARGET=TARGET_NAME
 * and OSCAP_CONTAINER_VARS set to the image's `Env` lines, as oscap-docker sets them.
 */
const ROOTFS_EXTRACT_PY = String.raw `
import json, os, socket, stat, sys, tarfile

PREFIX = "stig-gate-rootfs:"


# A tmpfs page, and what an inode and its directory entry take in memory (about 1 KiB on Linux).
PAGE = 4096
INODE = 1024


class Refused(Exception):
    pass


class TooBig(Exception):
    pass


def say(text):
    print(PREFIX, text, flush=True)


class Cut(Exception):
    pass


class Tail:
    # Standard input as tarfile reads it, keeping the last bytes read: tarfile takes a stream that ends
    # early, at an entry's boundary or inside a header, for the archive's end, and says nothing.
    KEEP = 1 << 20

    def __init__(self, raw):
        self.raw = raw
        self.base = 0
        self.kept = bytearray()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.kept += data
        if len(self.kept) > 2 * self.KEEP:
            drop = len(self.kept) - self.KEEP
            del self.kept[:drop]
            self.base += drop
        return data


def check_end(tail, end):
    # A whole archive ends with zero blocks (docker export writes two); from where tarfile stopped reading
    # entries, the stream must hold at least one, and nothing but zeros after it.
    if end < tail.base:
        raise Cut("the stream after its last entry could not be checked")
    after = bytes(tail.kept[end - tail.base :])
    rest = len(after)
    nonzero = after.count(0) != len(after)
    while True:
        chunk = tail.raw.read(1 << 16)
        if not chunk:
            break
        rest += len(chunk)
        nonzero = nonzero or chunk.count(0) != len(chunk)
    if rest < 512 or nonzero:
        raise Cut(
            "the image's files ended without tar's end-of-archive blocks (the export was cut short or "
            "is corrupt): a tree that is not the whole image is not scanned"
        )


def parts_of(name, what):
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise Refused(f"{what} {name!r} leads out of the tree ('..')")
    return parts


def clamped(start, target):
    # Where the image's own root resolves the link: '..' at the root stays at the root.
    out = [] if target.startswith("/") else list(start)
    for part in target.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if out:
                out.pop()
        else:
            out.append(part)
    return out


def relative(start, to):
    common = 0
    while common < min(len(start), len(to)) and start[common] == to[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


def no_linked_parent(tree, parts, name):
    path = tree
    for part in parts[:-1]:
        path = os.path.join(path, part)
        if os.path.islink(path):
            raise Refused(f"{name!r} would be written through the symbolic link {path[len(tree):]!r}")
        if not os.path.lexists(path):
            return


def steps_out_after_a_name(target):
    # 'a/../b': a '..' after a name. Folded as text it is faithful only if 'a' is a real directory.
    seen_name = False
    for part in target.split("/"):
        if part == "..":
            if seen_name:
                return True
        elif part not in ("", "."):
            seen_name = True
    return False


def check_inner_dots(tree, links):
    # The image's kernel steps out of 'a' in 'a/../b' where 'a' leads, a link included; the tree's rewritten
    # link stepped out of 'a' as text. The same only when every 'a' stepped out of is a real directory.
    for name, start, target in links:
        at = [] if target.startswith("/") else list(start)
        for part in target.split("/"):
            if part in ("", "."):
                continue
            if part != "..":
                at.append(part)
                continue
            if at:
                here = os.path.join(tree, *at)
                if os.path.islink(here) or not os.path.isdir(here):
                    raise Refused(
                        f"symbolic link {name!r} -> {target!r} steps out of {'/'.join(at)!r}, which is not a "
                        "directory in the image: the link could not be followed as the image follows it"
                    )
                at.pop()


# --- Selective extraction (issue #23): only what the content can read -----------------------------------
# STIG_GATE_REACH, when set, is the data stream's reach (src/content/reach.ts) as JSON: [path, depth, read]
# with tree-relative paths ("" for the root), depth "file" | "children" | "tree", read "metadata" | "data".
# Directories, symbolic links and FIFOs are always written (they hold no data, and links decide where the
# content's paths lead). A regular file no region reaches is left out; one whose metadata alone is read is
# written without its data (same size, sparse: no memory), with its owner, mode and times. A symbolic link
# that a region reaches leads the region on to its target (a later entry); a file left out or written
# without data before a link made it needed is written then from what was kept of its header (metadata),
# and when its data is needed, the extraction stops (exit 6): a file is never missing in silence.

NONE, METADATA, DATA = 0, 1, 2
LEVELS = {"metadata": METADATA, "data": DATA}


class Incomplete(Exception):
    pass


class Reach:
    def __init__(self, spec, tree, tally):
        self.tree, self.tally = tree, tally
        self.regions = {"file": {}, "children": {}, "tree": {}}
        self.links = {}
        # Regular files not written whole: name -> [level written, size, mode, uid, gid, mtime]
        self.kept = {}
        for path, depth, read in spec:
            self.add(path, depth, LEVELS[read])

    @staticmethod
    def prefixes(name):
        parts = name.split("/") if name else []
        return ["/".join(parts[:i]) for i in range(len(parts) + 1)]

    @staticmethod
    def inside(name, path, depth):
        if depth == "file":
            return name == path
        if depth == "children":
            return name.rpartition("/")[0] == path and name != path
        return path == "" or name == path or name.startswith(path + "/")

    def need(self, name):
        level = max(self.regions["file"].get(name, NONE), self.regions["children"].get(name.rpartition("/")[0], NONE))
        trees = self.regions["tree"]
        for prefix in self.prefixes(name):
            level = max(level, trees.get(prefix, NONE))
        return level

    def covered(self, path, depth, level):
        trees = self.regions["tree"]
        if any(trees.get(prefix, NONE) >= level for prefix in self.prefixes(path)):
            return True
        if depth == "file":
            return self.need(path) >= level
        return depth == "children" and self.regions["children"].get(path, NONE) >= level

    def add(self, path, depth, level):
        if self.covered(path, depth, level):
            return
        self.regions[depth][path] = max(level, self.regions[depth].get(path, NONE))
        for name, record in list(self.kept.items()):
            if record[0] < level and self.inside(name, path, depth):
                self.recover(name, record, level)
        for link, target in list(self.links.items()):
            self.follow(link, target, path, depth, level)

    def follow(self, link, target, path, depth, level):
        if self.inside(link, path, depth):
            self.add(target, "tree", level)
        elif path.startswith(link + "/"):
            rest = path[len(link) + 1 :]
            self.add(f"{target}/{rest}" if target else rest, depth, level)

    def on_link(self, name, target):
        self.links[name] = target
        for depth, paths in self.regions.items():
            for path, level in list(paths.items()):
                self.follow(name, target, path, depth, level)

    def recover(self, name, record, level):
        if level == DATA:
            raise Incomplete(
                f"{name!r} came before the symbolic link that leads the content to it, and its data was not kept"
            )
        # Its metadata is needed, and was kept: written now, without data.
        path = os.path.join(self.tree, name)
        if os.path.lexists(path) or not os.path.isdir(os.path.dirname(path)):
            raise Incomplete(f"{name!r} cannot be written after its directory")
        _, size, mode, uid, gid, mtime = record
        with open(path, "wb") as out:
            out.truncate(size)
        os.chown(path, uid, gid)
        os.chmod(path, mode)
        os.utime(path, (mtime, mtime))
        record[0] = METADATA
        self.tally["skipped"] -= 1
        self.tally["skipped_bytes"] -= size
        self.tally["sparse"] += 1
        self.tally["memory"] += INODE

    def decide(self, member, name, parts):
        """"write", "sparse" or "skip" for an entry; follows links; may turn a hard link into a file."""
        if member.issym():
            self.on_link(name, "/".join(clamped(parts[:-1], member.linkname)))
            return "write"
        if not (member.isfile() or member.islnk()):
            return "write"
        level = self.need(name)
        header = [member.mode, member.uid, member.gid, member.mtime]
        if member.islnk():
            source = "/".join(parts_of(member.linkname, f"hard link {name!r} to"))
            record = self.kept.get(source)
            if record is None:
                return "write" if level else self.keep(name, NONE, self.size_of(source), header)
            if level == NONE:
                return self.keep(name, NONE, record[1], header)
            if level == DATA:
                raise Incomplete(f"hard link {name!r} needs the data of {source!r}, which was not kept")
            if record[0] == METADATA:
                # Another name of a file written without data: a hard link to it, data-less as it is.
                self.kept[name] = [METADATA, record[1]] + header
                self.tally["sparse"] += 1
                return "write"
            # Its source was left out: this name becomes the file, without data.
            member.type, member.linkname, member.size = tarfile.REGTYPE, "", record[1]
            return self.keep(name, METADATA, record[1], header)
        if level == DATA:
            return "write"
        return self.keep(name, level, member.size, header)

    def size_of(self, source):
        path = os.path.join(self.tree, source)
        return os.lstat(path).st_size if os.path.isfile(path) else 0

    def keep(self, name, level, size, header):
        self.kept[name] = [level, size] + header
        if level == NONE:
            self.tally["skipped"] += 1
            self.tally["skipped_bytes"] += size
            return "skip"
        self.tally["sparse"] += 1
        return "sparse"


class Tree(tarfile.TarFile):
    tally = None
    root = None
    # Files the reach writes without data: created at their size, sparse, by name.
    sparse = set()

    def makefile(self, tarinfo, targetpath):
        if tarinfo.name in self.sparse:
            self.sparse.discard(tarinfo.name)
            with open(targetpath, "wb") as out:
                out.truncate(tarinfo.size)
            return
        super().makefile(tarinfo, targetpath)

    def socket_file(self, path):
        # A Unix socket's name: a special file that no open() waits on (ENXIO at once). Bound at a short name
        # at the tree's top (a socket's path may not exceed 107 bytes), then moved to its place.
        short = os.path.join(self.root, ".stig-gate-socket")
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(short)
        os.rename(short, path)
        self.tally["sockets"] += 1

    def makefifo(self, tarinfo, targetpath):
        self.socket_file(targetpath)

    def makedev(self, tarinfo, targetpath):
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        try:
            os.mknod(targetpath, (tarinfo.mode or 0o600) | kind, os.makedev(tarinfo.devmajor, tarinfo.devminor))
        except PermissionError:
            self.socket_file(targetpath)


def reach_from_environment(tree, tally):
    spec = os.environ.pop("STIG_GATE_REACH", None)
    # The os-release files are read by this program (os_release), whatever the content reads.
    own = [["etc/os-release", "file", "data"], ["usr/lib/os-release", "file", "data"]]
    return None if spec is None else Reach(json.loads(spec) + own, tree, tally)


def checked(tar, tree, limit, tally, devices, inner_dots, link_times, reach=None, engine_export=False):
    for member in tar:
        parts = parts_of(member.name, "entry")
        name = "/".join(parts)
        if name == "":
            # The tree's own root: made by the program, never by an entry (a link there would lead out).
            if not member.isdir():
                raise Refused(f"the image's root {member.name!r} is not a directory")
            continue
        if member.ischr() or member.isblk():
            # Made as a device on the nodev tree (see Tree.makedev): its type shows, and no open succeeds.
            tally["devices"] += 1
            devices[name] = (member.type, member.devmajor, member.devminor)
        elif member.isfifo():
            tally["fifos"] += 1
        if not (member.isfile() or member.isdir() or member.issym() or member.islnk() or member.isdev()):
            raise Refused(f"entry {name!r} has an unknown type {member.type!r}")
        member.name = name
        if engine_export and name == ".dockerenv" and member.isfile():
            # The engine's mark of a container, written into every container it creates (over the image's
            # own, if any): the image has none (an image mount shows none), and content reads it to tell a
            # container from a machine (SSG's "machine" platform), so it is left out.
            tally["engine_files"] += 1
            continue
        if reach is not None:
            decision = reach.decide(member, name, parts)
            if decision == "skip":
                continue
            if decision == "sparse":
                Tree.sparse.add(name)
        no_linked_parent(tree, parts, name)
        if member.issym():
            if steps_out_after_a_name(member.linkname):
                inner_dots.append((name, parts[:-1], member.linkname))
            to = relative(parts[:-1], clamped(parts[:-1], member.linkname))
            if to != member.linkname:
                tally["relinked"] += 1
                member.linkname = to
        elif member.islnk():
            source = parts_of(member.linkname, f"hard link {name!r} to")
            no_linked_parent(tree, source + [""], member.linkname)
            member.linkname = "/".join(source)
            if member.linkname in devices:
                # Another name of a device (docker export writes a second name so): a device of its own.
                tally["devices"] += 1
                devices[name] = devices[member.linkname]
                member.type, member.devmajor, member.devminor = devices[name]
                member.linkname = ""
            else:
                # tarfile, when the link cannot be made, extracts its target's entry again at this name and
                # then sets this entry's owner and mode through whatever is there: only a file already in the
                # tree may be linked to.
                linked = os.path.join(tree, member.linkname)
                if member.linkname == "" or os.path.islink(linked) or not os.path.isfile(linked):
                    raise Refused(
                        f"hard link {name!r} to {member.linkname!r}, which is not a file extracted before it"
                    )
        path = os.path.join(tree, name)
        if os.path.lexists(path):
            if os.path.isdir(path) and not os.path.islink(path):
                if not member.isdir():
                    raise Refused(f"entry {name!r} would replace a directory")
            else:
                os.unlink(path)
        # What the entry takes in the tmpfs, as the limit counts it: a file's data in whole pages, as tmpfs
        # holds it, and for every entry its inode, which no size bounds (a million empty files fill memory).
        if member.isfile() and name not in Tree.sparse:
            tally["bytes"] += member.size
            tally["memory"] += -(-member.size // PAGE) * PAGE
        tally["memory"] += INODE
        if tally["memory"] > limit:
            raise TooBig()
        tally["entries"] += 1
        # tarfile sets no times on a symbolic link: set after the extraction (last entry at a name wins).
        if member.issym():
            link_times[path] = member.mtime
        else:
            link_times.pop(path, None)
        yield member


${OS_RELEASE_PY}

def read_env(stream):
    # 'stig-gate-env <bytes>' and that many bytes of JSON, ahead of the tar stream.
    header = stream.readline(64)
    if not header.startswith(b"stig-gate-env ") or not header.endswith(b"\n"):
        say("error: standard input did not start with the image's environment")
        sys.exit(5)
    size = int(header.split()[1])
    data = stream.read(size)
    if len(data) != size:
        say("error: the image's environment on standard input was cut short")
        sys.exit(5)
    return json.loads(data)


def main():
    tree, limit, env_arg, target = sys.argv[1:5]
    command = sys.argv[5:]
    limit = int(limit)
    env = read_env(sys.stdin.buffer) if env_arg == "stdin" else json.loads(env_arg)
    tally = {"entries": 0, "bytes": 0, "memory": 0, "devices": 0, "fifos": 0, "sockets": 0, "relinked": 0}
    tally["engine_files"] = 0
    tally.update(skipped=0, skipped_bytes=0, sparse=0)
    devices = {}
    inner_dots = []
    link_times = {}
    source = Tail(sys.stdin.buffer)
    try:
        reach = reach_from_environment(tree, tally)
        engine_export = os.environ.pop("STIG_GATE_ENGINE_EXPORT", None) == "1"
        with Tree.open(fileobj=source, mode="r|") as tar:
            tar.tally, tar.root = tally, tree
            tar.errorlevel = 2
            # Python 3.14 would apply the 'data' filter by default; the entries are checked above instead.
            trusted = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
            members = checked(tar, tree, limit, tally, devices, inner_dots, link_times, reach, engine_export)
            tar.extractall(tree, members=members, numeric_owner=True, **trusted)
            end = tar.offset
        for path, mtime in link_times.items():
            os.utime(path, (mtime, mtime), follow_symlinks=False)
        check_end(source, end)
        check_inner_dots(tree, inner_dots)
    except TooBig:
        say(f"error: the image's files are larger than the limit for the extracted tree, {limit // (1 << 20)} MiB")
        sys.exit(4)
    except Refused as refused:
        say(f"error: refused a tar entry: {refused}")
        sys.exit(3)
    except Incomplete as incomplete:
        say(f"error: extracting only what the content reads left out a file it needs: {incomplete}")
        sys.exit(6)
    except Cut as cut:
        say(f"error: {cut}")
        sys.exit(5)
    except Exception as error:
        # Whatever else stops the extraction (a header tarfile cannot read, a value the system refuses) leaves
        # a tree that is not the image: not scanned, said as what it is.
        say(f"error: cannot extract the image's files: {type(error).__name__}: {error}")
        sys.exit(5)
    say(
        f"extracted {tally['entries']} entries ({tally['bytes'] / (1 << 20):.1f} MiB of file data, "
        f"{tally['memory'] / (1 << 20):.1f} MiB in memory) into {tree}; "
        f"device nodes (never opened: nodev): {tally['devices']}; FIFOs and refused devices as sockets: "
        f"{tally['sockets']}; links made relative to the tree: {tally['relinked']}; "
        f"left out as the engine's, not the image's: {tally['engine_files']} (/.dockerenv)"
    )
    if reach is not None:
        say(
            f"only what the content reads: {tally['skipped']} files left out ({tally['skipped_bytes'] / (1 << 20):.1f} "
            f"MiB), {tally['sparse']} written without their data"
        )
    say("os-release: " + json.dumps(os_release(tree)))
    os.environ["OSCAP_PROBE_ROOT"] = tree
    os.environ["OSCAP_EVALUATION_TARGET"] = target
    os.environ["OSCAP_CONTAINER_VARS"] = "\n".join(env or [])
    try:
        os.execvp(command[0], command)
    except OSError as error:
        say(f"error: cannot run {command[0]}: {error}")
        sys.exit(127)


main()
`;

/**
 * The image's distribution as the rootfs and mount scanner programs read it from the image's os-release (pure,
 * like diagnose.ts). The values came from the image: clipped, and kept only as text.
 */
const LINE = `${ROOTFS_LINE_PREFIX} os-release: `;
const MAX = 200;
/** The os-release line of a rootfs or mount scanner run's output; undefined when there is none (other modes). */
function imageOsFromOutput(output) {
    // The program's own line comes before oscap runs: only a line that starts with its prefix counts.
    const line = output.split('\n').find((text) => text.startsWith(LINE));
    if (line === undefined)
        return undefined;
    let fields;
    try {
        fields = JSON.parse(line.slice(LINE.length));
    }
    catch {
        return undefined;
    }
    if (fields === null)
        return { ids: 'none' };
    if (typeof fields !== 'object' || Array.isArray(fields))
        return undefined;
    const text = (key) => {
        const value = fields[key];
        return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX) : '';
    };
    const ids = [text('ID'), text('ID_LIKE')].filter(Boolean).join(' ').toLowerCase();
    const name = text('PRETTY_NAME');
    return { ids: ids === '' ? 'unknown' : ids, ...(name !== '' && { name }) };
}

/**
 * The docker command lines of a scan, as argument arrays: pure functions, so every argument is tested without
 * an engine and nothing from an input can reach a shell.
 */
/** The label on everything a scan creates, `stig-gate.scan=<scan id>`, so that leftovers can be found. */
const SCAN_LABEL = 'stig-gate.scan';
/** Where things sit inside the scanner container. */
const IN_SCANNER = {
    output: '/stig-gate/out',
    socket: '/var/run/docker.sock',
    datastreamDir: '/stig-gate/in/datastream',
    tailoringDir: '/stig-gate/in/tailoring',
};
/** The files oscap writes, by their names in the output directory. */
const OUTPUT_FILES = {
    resultsXml: 'results.xml',
    resultsArf: 'results-arf.xml',
    reportHtml: 'report.html',
    log: 'scan.log',
    metadata: 'scan.json',
};
function scanNames(id) {
    return {
        id,
        label: `${SCAN_LABEL}=${id}`,
        target: `stig-gate-${id}-target`,
        scanner: `stig-gate-${id}-scanner`,
        source: `stig-gate-${id}-source`,
        labelledImage: `stig-gate-scan-${id}:target`,
    };
}
/** One `--mount` value. Fields with a comma or quote are CSV-quoted, as docker parses the value as CSV. */
function bindMount(source, target, readonly) {
    const field = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    return [
        'type=bind',
        field(`source=${source}`),
        field(`target=${target}`),
        ...(readonly ? ['readonly'] : []),
    ].join(',');
}
/** `{"id":…,"repoTags":[…],"repoDigests":[…]}` from `docker image inspect`, a line per image. */
function inspectImageArgs(...references) {
    const format = '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}}}';
    return ['image', 'inspect', '--format', format, ...references];
}
/** The id of the image each container was created from, as a JSON string, a line per container. */
function containerImageArgs(containers) {
    return ['container', 'inspect', '--format', '{{json .Image}}', ...containers];
}
/**
 * The target, kept alive as in the documented recipe (`tail -f /dev/null`), with no network. The image
 * recorded is the one this container was created from (see containerImageArgs).
 */
function startTargetArgs(names, image) {
    return [
        'run',
        '--detach',
        '--pull=never',
        '--name',
        names.target,
        '--label',
        names.label,
        '--network',
        'none',
        '--entrypoint',
        'tail',
        image,
        '-f',
        '/dev/null',
    ];
}
/**
 * Image mode, step 1: a container created from the target and never started, to commit from. docker refuses
 * to create one from an image with neither CMD nor ENTRYPOINT, so such an image gets a placeholder command
 * (`withPlaceholder`); it is never run, and oscap-docker gives its own command anyway.
 */
function createSourceArgs(names, image, withPlaceholder) {
    return [
        'create',
        '--pull=never',
        '--name',
        names.source,
        '--label',
        names.label,
        '--network',
        'none',
        image,
        ...(withPlaceholder ? ['true'] : []),
    ];
}
/**
 * Image mode, step 2: the target's filesystem and configuration as a new image that carries the scan's
 * label and has exactly one tag. Both are still needed with every oscap-docker:
 * - the label: oscap-docker makes its temporary container from this image (1.4.x creates it and reads it
 *   with `docker export`; 1.3.x starts `bash` in it), so that container inherits the label, and the cleanup
 *   finds it when oscap-docker is stopped before removing it (a timeout or an interrupt, which on a large
 *   image 1.4.x's export makes likely);
 * - the one tag: oscap-docker names the image by all its tags joined with ", ". 1.3.x then fails on an image
 *   with several tags ("invalid reference format"); 1.4.x keeps the first one, which works, but a second
 *   tag on the user's image must not decide what is scanned.
 * An unstarted container has no changes, so no layer is added: the files scanned are the target's.
 */
function commitTargetArgs(names) {
    return ['commit', names.source, names.labelledImage];
}
/** Where the data stream is inside the scanner: the scanner's own, or the mounted workspace file. */
function datastreamInScanner(plan) {
    return plan.datastream === undefined
        ? imageKey.SCANNER_DATASTREAM
        : `${IN_SCANNER.datastreamDir}/${node_path.basename(plan.datastream)}`;
}
/** `oscap-docker container|image <target> xccdf eval …` as the scanner's arguments. */
function oscapDockerArgs(plan, target) {
    const out = IN_SCANNER.output;
    return [
        plan.mode,
        target,
        'xccdf',
        'eval',
        '--profile',
        plan.profile,
        ...(plan.tailoringFile === undefined
            ? []
            : ['--tailoring-file', `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`]),
        '--results',
        `${out}/${OUTPUT_FILES.resultsXml}`,
        '--results-arf',
        `${out}/${OUTPUT_FILES.resultsArf}`,
        '--report',
        `${out}/${OUTPUT_FILES.reportHtml}`,
        datastreamInScanner(plan),
    ];
}
/**
 * Container mode's one added capability. oscap-docker reads the running target through /proc/<pid>/root
 * (hence `--pid host`), and the kernel lets a process open another user's /proc/<pid>/root only with
 * CAP_SYS_PTRACE, which docker's default set leaves out, even for root. Without it, a target that runs as
 * a non-root USER (most Chainguard images: 65532) fails with oscap-docker's "Cannot access mountpoint of
 * container … please RUN WITH ROOT privileges". No other capability is needed: root's default ones already
 * read every file of the target. Image mode gets none: oscap-docker 1.3.8 and later read a `docker export`
 * copy there, with no process to look into (1.3.x's image mode, which runs the image's bash, is limited to
 * root images without an ENTRYPOINT either way; see docs/scanning.md).
 */
const CONTAINER_MODE_CAPABILITY = 'SYS_PTRACE';
/**
 * Environment every scanner run gets. `SEXP_VALIDATE_DISABLE=1` turns off OpenSCAP's debug self-checks of its
 * S-expressions: Debian's and Wolfi's packages are built without NDEBUG, so each access to a probe's item list
 * walks the whole list, and a rule that collects one item per file (the /usr/lib ownership rules) costs the
 * square of the files it sees: 5,000 files under /usr/lib took 75-107 s with the checks and 2.3 s without.
 * The switch exists since OpenSCAP 0.5.9; it changes no result (test/e2e/scan-same-answers.test.ts).
 * oscap-docker and the rootfs script pass their environment on to oscap.
 */
const SCANNER_ENV = ['SEXP_VALIDATE_DISABLE=1'];
/**
 * The scanner's bounds, whatever the image does to it: memory (no swap beyond it; rootfs mode's tree is
 * counted, being a tmpfs in the container), processes and threads, and a CPU weight below the runner's own
 * work. Hitting one is reported by name (see describeLimitHit).
 */
function scannerLimitArgs(limits) {
    return [
        '--memory',
        `${limits.memoryMb}m`,
        '--memory-swap',
        `${limits.memoryMb}m`,
        '--pids-limit',
        String(limits.pids),
        '--cpu-shares',
        String(limits.cpuShares),
    ];
}
/** `--env NAME=VALUE` for each of {@link SCANNER_ENV}. */
function scannerEnvArgs() {
    return SCANNER_ENV.flatMap((entry) => ['--env', entry]);
}
/**
 * The scanner container: the engine's socket mounted, the host's PID namespace (oscap-docker reads the target
 * through /proc/<pid>/root), root with CAP_SYS_PTRACE in container mode (see
 * {@link CONTAINER_MODE_CAPABILITY}), no network, the output directory writable and inputs read-only.
 * PYTHONUNBUFFERED makes oscap-docker's own lines (which name its temporary container) arrive as they happen.
 * Created while the target starts, and started (see startScannerArgs) once the target is up: `docker run`
 * would create it on the scan's critical path.
 */
function createScannerArgs(plan, names, scannerImage, target) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--pid',
        'host',
        '--user',
        '0:0',
        ...(plan.mode === 'container' ? ['--cap-add', CONTAINER_MODE_CAPABILITY] : []),
        ...scannerLimitArgs(plan.limits),
        '--env',
        'PYTHONUNBUFFERED=1',
        ...scannerEnvArgs(),
        '--mount',
        bindMount(plan.socketPath, IN_SCANNER.socket, false),
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'oscap-docker',
        scannerImage,
        ...oscapDockerArgs(plan, target),
    ];
}
/** The data stream and tailoring file from the workspace, each mounted read-only where oscap is told to find it. */
function inputMounts(plan) {
    const inputs = [];
    if (plan.datastream !== undefined) {
        const inside = `${IN_SCANNER.datastreamDir}/${node_path.basename(plan.datastream)}`;
        inputs.push('--mount', bindMount(plan.datastream, inside, true));
    }
    if (plan.tailoringFile !== undefined) {
        const inside = `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`;
        inputs.push('--mount', bindMount(plan.tailoringFile, inside, true));
    }
    return inputs;
}
/** Runs the created scanner with its output attached; docker exits with the scanner's code. */
function startScannerArgs(names) {
    return ['start', '--attach', names.scanner];
}
/** The scanner's state after it ended: a failed start leaves its reason in `Error` (see scannerStartFailure). */
function scannerStateArgs(names) {
    return ['container', 'inspect', '--format', '{{json .State}}', names.scanner];
}
/** Every container of this scan, running or not, by full id. */
function listScanContainersArgs(names) {
    return ['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}
/** Every image this scan created (the labelled copy of the target), by id. */
function listScanImagesArgs(names) {
    return ['image', 'ls', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}
/** Untags and deletes images this scan created; the layers it shares with the target stay. */
function removeImagesArgs(images) {
    return ['image', 'rm', '--force', ...images];
}
/** Removes containers, running or not; volumes anonymous to them go too. */
function removeContainersArgs(containers) {
    return ['rm', '--force', '--volumes', ...containers];
}

/**
 * Leaving nothing behind: every container of a scan carries its label (oscap-docker's temporary container
 * too, through the labelled image it is run from), so removal by name and then by label finds them all.
 */
/** docker's complaint about something already gone: not a cleanup failure. */
function isAlreadyGone(line) {
    return /no such (container|image)|is already in progress/i.test(line);
}
function ids(stdout) {
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
function complaints(stderr) {
    return ids(stderr).filter((line) => !isAlreadyGone(line));
}
/**
 * Removes the scan's containers by name, then whatever else carries its label (oscap-docker's temporary
 * container), then, in image mode, the labelled image. Returns docker's reasons for whatever could not be
 * removed, for the caller to warn about; a container that is already gone is no problem.
 */
async function removeScanLeftovers(docker, names, mode) {
    const problems = [];
    // mount mode creates only the scanner.
    const named = mode === 'container'
        ? [names.scanner, names.target]
        : mode === 'mount'
            ? [names.scanner]
            : [names.scanner, names.source];
    const removed = await docker(removeContainersArgs(named));
    if (removed.exitCode !== 0)
        problems.push(...complaints(removed.stderr));
    // Container and rootfs mode create exactly the two containers just removed (rootfs mode's tree is a
    // tmpfs of the scanner, gone with it); only image mode (oscap-docker's own container) or a failed
    // removal needs the search by label.
    if (mode !== 'image' && removed.exitCode === 0)
        return problems;
    const labelled = ids((await docker(listScanContainersArgs(names))).stdout);
    if (labelled.length > 0) {
        const again = await docker(removeContainersArgs(labelled));
        if (again.exitCode !== 0)
            problems.push(...complaints(again.stderr));
        const stillThere = ids((await docker(listScanContainersArgs(names))).stdout);
        if (stillThere.length > 0)
            problems.push(`containers labelled ${names.label} remain: ${stillThere.join(', ')}`);
    }
    if (mode === 'image') {
        const images = ids((await docker(listScanImagesArgs(names))).stdout);
        if (images.length > 0) {
            const gone = await docker(removeImagesArgs(images));
            if (gone.exitCode !== 0)
                problems.push(...complaints(gone.stderr));
        }
    }
    return problems;
}

var __awaiter$3 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__namespace.promises;
// export const {open} = 'fs'
const IS_WINDOWS$1 = process.platform === 'win32';
fs__namespace.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter$3(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS$1) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter$3(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS$1) {
                // on Windows, test for valid extension
                const upperExt = path__namespace.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS$1) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__namespace.dirname(filePath);
                        const upperName = path__namespace.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__namespace.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS$1) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}

var __awaiter$2 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS$1) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS$1 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__namespace.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__namespace.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__namespace.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(path__namespace.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}

var __awaiter$1 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends events__namespace.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(os__namespace.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + os__namespace.EOL.length);
                n = s.indexOf(os__namespace.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter$1(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = path__namespace.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os__namespace.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = child__namespace.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends events__namespace.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = timers.setTimeout(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new string_decoder.StringDecoder('utf8');
        const stderrDecoder = new string_decoder.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}

/**
 * The one way stig-gate runs docker: @actions/exec with an argument array (nothing reaches a shell), the
 * exit code returned rather than thrown, and output kept for messages.
 */
/**
 * docker could not be run at all (the system refused the process: an argument list too long, no memory,
 * no process left). Not the user's input to fix as such, but no bug either: the step that ran it says so.
 */
class DockerSpawnError extends cli.ConfigurationError {
}
/**
 * What Linux takes on one command line: one argument at most 128 KiB (MAX_ARG_STRLEN), all of them well
 * under the 2 MiB that the usual 8 MiB stack allows. Checked before spawning: Node throws E2BIG from inside
 * @actions/exec's promise, where nothing catches it.
 */
const MAX_ARG_BYTES = 128 * 1024 - 1;
const MAX_ARGS_BYTES = 1024 * 1024;
function checkArgs(args) {
    let total = 0;
    for (const arg of args) {
        const bytes = Buffer.byteLength(arg) + 1;
        total += bytes;
        if (bytes > MAX_ARG_BYTES || total > MAX_ARGS_BYTES) {
            throw new DockerSpawnError(`docker ${args[0] ?? ''} was not run: its command line would be longer than the system allows ` +
                `(${bytes > MAX_ARG_BYTES ? `one argument of ${Math.ceil(bytes / 1024)} KiB` : 'over 1 MiB'})`);
        }
    }
}
/**
 * The first executable file `name` in the directories of `searchPath` (PATH), as a shell finds it; undefined
 * when there is none. Empty entries (the current directory, to a shell) are skipped. Synchronous on
 * purpose: a stat is microseconds, while @actions/io's `which` awaits one per PATH entry, one after the
 * other, which put 13 ms before the first docker command with this machine's 11 entries.
 */
function findOnPath(name, searchPath) {
    for (const directory of searchPath.split(node_path.delimiter)) {
        if (directory === '')
            continue;
        const candidate = node_path.join(directory, name);
        try {
            if (node_fs.statSync(candidate).isFile()) {
                node_fs.accessSync(candidate, node_fs.constants.X_OK);
                return candidate;
            }
        }
        catch {
            // Not there, or not executable by this user: look further, as a shell does.
        }
    }
    return undefined;
}
/**
 * A {@link DockerRunner} over the docker CLI on PATH. `dockerHost` becomes DOCKER_HOST for every command, so
 * that the CLI and the scanner's mounted socket are the same engine.
 */
function execDockerRunner(dockerHost, baseEnv = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(baseEnv))
        if (value !== undefined)
            env[key] = value;
    if (dockerHost !== undefined)
        env.DOCKER_HOST = dockerHost;
    // Looked up once: exec's own lookup of a bare name stats every PATH entry, one after the other, on every
    // command, which delayed the cleanup's start behind the reading of the results by 0.1 s.
    const docker = findOnPath('docker', baseEnv.PATH ?? '');
    return async (args, options = {}) => {
        // Reported by the first command, as the step it was for (see connectionChecked in scan.ts).
        if (docker === undefined) {
            throw new cli.ConfigurationError('the docker CLI is not on PATH: install Docker (docker.io) or add it to PATH');
        }
        checkArgs(args);
        if (options.stdinFrom !== undefined || options.stdinPrefix !== undefined) {
            const from = options.stdinFrom;
            const source = from === undefined || isHostCommand(from) ? from : { file: docker, args: from };
            return runPiped(source, docker, args, env, options.onLine, options.stdinPrefix).catch((thrown) => {
                throw spawnFailure(args, thrown);
            });
        }
        const listeners = options.onLine && {
            stdline: (line) => options.onLine?.(line, 'stdout'),
            errline: (line) => options.onLine?.(line, 'stderr'),
        };
        try {
            const result = await getExecOutput(docker, [...args], {
                env,
                silent: true,
                ignoreReturnCode: true,
                ...(options.input && { input: options.input }),
                ...(listeners && { listeners }),
            });
            // exec reports a signal death as a null code; -1 keeps the type honest.
            return {
                exitCode: typeof result.exitCode === 'number' ? result.exitCode : -1,
                stdout: result.stdout,
                stderr: result.stderr,
            };
        }
        catch (thrown) {
            const error = cli.toError(thrown);
            // The CLI found when this runner was made has been removed since.
            if (/Unable to locate executable file/i.test(error.message)) {
                throw new cli.ConfigurationError(`the docker CLI at ${docker} is gone: ${error.message}`);
            }
            throw spawnFailure(args, error);
        }
    };
}
/** A process the system would not start (`spawn E2BIG`, `EAGAIN`, `ENOMEM`) as a {@link DockerSpawnError}. */
function spawnFailure(args, thrown) {
    const error = cli.toError(thrown);
    const code = error.code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code))
        return new DockerSpawnError(`docker ${args[0] ?? ''} could not be run: ${error.message}`);
    return error;
}
function isHostCommand(from) {
    return !Array.isArray(from);
}
/**
 * The exit code of a process, once it has exited: -1 for a signal, as exec reports it (see
 * execDockerRunner). 'exit', not 'close': a stdin still being fed would hold 'close' back.
 */
function exited(child) {
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => resolve(typeof code === 'number' ? code : -1));
    });
}
/**
 * `<source> | docker <args>` without a shell: both spawned with argument arrays, the first one's stdout
 * piped into the second's stdin (the source's stdin is /dev/null: it is asked nothing), after `prefix`.
 * Without a source, `prefix` is all of the command's stdin (mount mode: the image's `Env`). When the
 * consumer ends first (it refused the stream, or was killed), the producer is ended too, so that nothing
 * outlives the command.
 */
async function runPiped(source, docker, args, env, onLine, prefix) {
    const producer = source &&
        node_child_process.spawn(source.file, [...source.args], {
            env: source.env ?? env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    const consumer = node_child_process.spawn(docker, [...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const producerEnd = producer && exited(producer);
    const consumerEnd = exited(consumer);
    // Not awaited yet; a failure to start is reported through the awaits below.
    producerEnd?.catch(() => undefined);
    // The consumer may stop reading early (it refused the stream): the broken pipe is expected then.
    consumer.stdin.on('error', () => undefined);
    if (prefix !== undefined)
        consumer.stdin.write(prefix);
    let producerStderr = '';
    if (producer) {
        producer.stdout.pipe(consumer.stdin);
        producer.stderr.setEncoding('utf8');
        producer.stderr.on('data', (chunk) => {
            producerStderr += chunk;
        });
    }
    else
        consumer.stdin.end();
    const collected = { stdout: '', stderr: '' };
    const reading = ['stdout', 'stderr'].map((stream) => {
        const lines = node_readline.createInterface({ input: consumer[stream], crlfDelay: Infinity });
        lines.on('line', (line) => {
            collected[stream] += `${line}\n`;
            onLine?.(line, stream);
        });
        return new Promise((resolve) => lines.once('close', resolve));
    });
    let exitCode;
    let stopped = false;
    try {
        exitCode = await consumerEnd;
    }
    finally {
        // The consumer is gone (done, or killed by a timeout or an interrupt): the rest of the stream has
        // nowhere to go.
        producer?.stdout.unpipe(consumer.stdin);
        consumer.stdin.destroy();
        if (producer && producer.exitCode === null && producer.signalCode === null) {
            stopped = true;
            // Closing its pipe too: a producer blocked writing to a full pipe would not see the signal.
            producer.stdout.destroy();
            producer.kill('SIGTERM');
        }
    }
    await Promise.all(reading);
    if (producerEnd === undefined)
        return { exitCode, ...collected };
    const sourceCode = await producerEnd.catch(() => -1);
    return { exitCode, ...collected, source: { exitCode: sourceCode, stderr: producerStderr, stopped } };
}

/** A scan that did not produce complete results, saying where it stopped and what it left for inspection. */
/**
 * The scan failed at `step`. Always fails closed: a scan that did not finish is never "no findings".
 * `produced` lists the files the scan left in the output directory (partial results, the scanner's log);
 * `scanId` is the id in its container names and `stig-gate.scan` label, once it had one.
 */
class ScanError extends cli.ConfigurationError {
    step;
    detail;
    produced;
    scanId;
    constructor(step, detail, produced = [], scanId) {
        super(`${step} failed: ${detail}${produced.length > 0 ? `\nKept for inspection: ${produced.join(', ')}` : ''}`);
        this.step = step;
        this.detail = detail;
        this.produced = produced;
        this.scanId = scanId;
    }
}

/**
 * A VM disk image (qcow2, raw, vmdk, …) as the target of a rootfs-mode scan: one more source of the tar
 * stream the unprivileged scanner extracts and scans (see rootfs.ts). libguestfs reads the disk: its
 * operating system is inspected, its root and the mounts of its fstab are mounted read-only in
 * libguestfs's own small appliance VM, and `tar-out` streams the files. The guest is never booted and
 * nothing from the disk runs; the only host processes are qemu-img (reading the header) and guestfish
 * (with its qemu, ended with it).
 *
 * Before anything starts, the disk is checked here: the tools and an appliance kernel are present, the
 * file is a disk image qemu-img reads, with no backing file or extent elsewhere on the host (a qcow2 may
 * name any host file as its backing file, and its blocks would be scanned and published as the guest's),
 * not encrypted; and its sha256 is taken, which names it in every report and in the in-toto subject.
 */
/** The formats read: what Packer and image pipelines write, and what libguestfs reads. */
const DISK_FORMATS = ['qcow2', 'raw', 'vmdk', 'vdi', 'vhdx', 'vpc'];
const INSTALL_HINT = 'install libguestfs: on Debian or Ubuntu `sudo apt-get install -y libguestfs-tools qemu-utils` and a ' +
    'kernel for its appliance (linux-image-amd64 on Debian, linux-image-generic on Ubuntu); see docs/vm-disks.md';
/**
 * libguestfs's environment: the caller's, with the `direct` backend (qemu run by guestfish itself, no
 * libvirt daemon) unless one is chosen. libguestfs uses KVM when /dev/kvm is usable and TCG otherwise;
 * LIBGUESTFS_BACKEND_SETTINGS=force_tcg forces TCG where /dev/kvm is there but broken.
 */
function guestfsEnv(base) {
    const env = {};
    for (const [key, value] of Object.entries(base))
        if (value !== undefined)
            env[key] = value;
    env.LIBGUESTFS_BACKEND ??= 'direct';
    return env;
}
/** `qemu-img info` of the disk, forced to read it whatever another process holds (it only reads). */
function diskInfoArgs(path) {
    return ['info', '--output=json', '--force-share', path];
}
/**
 * guestfish reading the disk read-only (`--ro`) in its stated format (never probed: a raw disk whose first
 * bytes look like a qcow2 header would name host files as its backing), its operating system inspected
 * and mounted (`-i`: the root and its fstab's mounts), and every file written as a tar to stdout with
 * numeric owners (names would be mapped through the appliance's /etc/passwd). Keys are read from stdin,
 * which is /dev/null: an encrypted disk fails at once instead of asking a terminal for a passphrase.
 */
function diskTarOutArgs(disk) {
    return [
        '--ro',
        '--no-progress-bars',
        '--keys-from-stdin',
        `--format=${disk.format}`,
        '-a',
        disk.path,
        '-i',
        'tar-out',
        '/',
        '-',
        'numericowner:true',
    ];
}
/** The command that streams the disk's files (for the scanner's stdin). */
function diskTarOutCommand(disk) {
    return { file: disk.guestfish, args: diskTarOutArgs(disk), env: disk.env };
}
/** How the target is recorded: `name@sha256:…` as an image's registry digest is, the file's own digest. */
function diskImageInfo(disk) {
    return { id: `sha256:${disk.sha256}`, repoTags: [], repoDigests: [`${disk.name}@sha256:${disk.sha256}`] };
}
function fail(detail) {
    throw new ScanError('read disk', detail);
}
/**
 * Checks `stdout` (qemu-img's JSON about the disk at `path`): a format that is read, no backing file, no
 * data file or extent in another file, no encryption. Returns the format.
 */
function checkDiskInfo(path, stdout) {
    const name = node_path.basename(path);
    let info;
    try {
        info = JSON.parse(stdout);
    }
    catch {
        fail(`qemu-img gave no description of the disk ${name}: ${stdout.slice(0, 200)}`);
    }
    const format = typeof info.format === 'string' ? info.format : '';
    if (!DISK_FORMATS.includes(format)) {
        fail(`the disk ${name} is in format '${format || 'unknown'}'; expected one of ${DISK_FORMATS.join(', ')} ` +
            `(convert it with qemu-img convert -O qcow2)`);
    }
    if (info.encrypted === true) {
        fail(`the disk ${name} is encrypted (${format}); stig-gate reads only unencrypted disks`);
    }
    if (info['backing-filename'] !== undefined) {
        fail(`the disk ${name} has a backing file (${String(info['backing-filename'])}); its files are not all in it. ` +
            `Expected a standalone disk: flatten it first (qemu-img convert -O qcow2 ${name} flat.qcow2)`);
    }
    const specific = info['format-specific']?.data;
    const elsewhere = [
        ...(specific?.extents ?? []).map((extent) => extent.filename),
        ...(specific?.['data-file'] === undefined ? [] : [specific['data-file']]),
    ].filter((file) => file !== path);
    if (elsewhere.length > 0) {
        fail(`the disk ${name} keeps its data in other files (${elsewhere.map(String).join(', ')}); expected one ` +
            `self-contained file: convert it first (qemu-img convert -O qcow2 ${name} whole.qcow2)`);
    }
    return format;
}
/** Runs a host program with an argument array; its exit code, stdout and stderr. */
function runHost(file, args, env) {
    return new Promise((resolve) => {
        node_child_process.execFile(file, args, { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            resolve({ code, stdout, stderr: stderr || (error && code === -1 ? error.message : '') });
        });
    });
}
async function sha256Of(path) {
    const { createHash } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespace(require('node:crypto')); });
    const hash = createHash('sha256');
    for await (const chunk of node_fs.createReadStream(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * A kernel for libguestfs's appliance: supermin builds the appliance from the host's kernel (/boot/vmlinuz-*),
 * which it must be able to read (Ubuntu makes them readable by root only). Not needed when a fixed
 * appliance (LIBGUESTFS_PATH) or a kernel (SUPERMIN_KERNEL) is named.
 */
async function checkApplianceKernel(name, env, boot) {
    if (env.LIBGUESTFS_PATH || env.SUPERMIN_KERNEL)
        return;
    const kernels = (await promises.readdir(boot).catch(() => [])).filter((file) => file.startsWith('vmlinuz-'));
    if (kernels.length === 0) {
        fail(`the disk ${name} is read by libguestfs, whose appliance needs a Linux kernel in ${boot}, and there is ` +
            `none (expected ${boot}/vmlinuz-*): ${INSTALL_HINT}`);
    }
    const readable = await Promise.all(kernels.map((file) => promises.access(`${boot}/${file}`, promises.constants.R_OK).then(() => true, () => false)));
    if (!readable.some(Boolean)) {
        fail(`the disk ${name} is read by libguestfs, whose appliance needs a readable kernel, and ${boot}/vmlinuz-* ` +
            `can be read by root only (as on Ubuntu): run sudo chmod 0644 ${boot}/vmlinuz-*`);
    }
}
/**
 * Checks the disk at `path` (absolute) and takes its sha256: everything that can be said before the
 * scanner starts. Every failure is a {@link ScanError} at the step "read disk", naming the disk and what
 * was expected. `boot` is where kernels are looked for (a test's own directory).
 */
async function readDisk(path, baseEnv = process.env, boot = '/boot') {
    const name = node_path.basename(path);
    const env = guestfsEnv(baseEnv);
    const searchPath = env.PATH ?? '';
    const guestfish = findOnPath('guestfish', searchPath);
    if (guestfish === undefined) {
        fail(`the disk ${name} is read with libguestfs, and guestfish is not on PATH: ${INSTALL_HINT}`);
    }
    const qemuImg = findOnPath('qemu-img', searchPath);
    if (qemuImg === undefined) {
        fail(`the disk ${name} is checked with qemu-img, which is not on PATH: ${INSTALL_HINT}`);
    }
    await checkApplianceKernel(name, env, boot);
    const hashing = sha256Of(path);
    hashing.catch(() => undefined);
    const info = await runHost(qemuImg, diskInfoArgs(path), env);
    if (info.code !== 0) {
        fail(`the disk ${name} is not a disk image qemu-img can read (expected ${DISK_FORMATS.join(', ')}): ` +
            `${info.stderr.trim() || `exit ${info.code}`}`);
    }
    const format = checkDiskInfo(path, info.stdout);
    let sha256;
    try {
        sha256 = await hashing;
    }
    catch (thrown) {
        fail(`the disk ${name} could not be read: ${cli.toError(thrown).message}`);
    }
    return { path, name, format, sha256, guestfish, env };
}

/** Why libguestfs could not stream a disk's files, in words a user can act on (pure, like diagnose.ts). */
/** What guestfish says, and what it means for the user. The first match wins. */
const CAUSES = [
    {
        said: /no operating system was found/i,
        means: 'libguestfs found no operating system on it (expected a disk with a Linux root file system: /etc and ' +
            'an OS release file, possibly across the partitions its /etc/fstab mounts)',
    },
    {
        said: /multi-boot operating systems are not supported/i,
        means: 'it holds more than one operating system, and stig-gate scans one (expected a disk with a single root)',
    },
    {
        said: /luks|cryptsetup|bitlocker|passphrase|\bkey\b/i,
        means: 'it is encrypted (LUKS or similar), and stig-gate reads only unencrypted disks (expected the image ' +
            'as built, before encryption)',
    },
    {
        said: /supermin|kernel|vmlinuz/i,
        means: 'libguestfs could not build its appliance (expected a readable kernel in /boot: install linux-image-amd64 on Debian or linux-image-generic on Ubuntu and make /boot/vmlinuz-* readable; see docs/vm-disks.md)',
    },
    {
        said: /\/dev\/kvm|kvm_init|KVM/,
        means: 'qemu could not use KVM (expected a usable /dev/kvm, or LIBGUESTFS_BACKEND_SETTINGS=force_tcg to run without it)',
    },
    {
        said: /corrupt|not in .* format|could not open|invalid|unsupported|image is/i,
        means: 'qemu could not open it as a disk image (expected an intact qcow2, raw or vmdk file)',
    },
];
/**
 * The message for a disk whose reader (guestfish) failed on its own: the stream it gave the scanner was
 * cut short or empty, so nothing was scanned. `image` is the disk's name; `log` the line naming scan.log.
 */
function describeDiskReadFailure(image, reader, log) {
    const said = reader.stderr.trim();
    const cause = CAUSES.find(({ said: pattern }) => pattern.test(said));
    const what = cause?.means ?? `libguestfs could not read it (exit ${reader.exitCode})`;
    // Its last lines: libguestfs ends with the error, after any warnings.
    const shown = said === ''
        ? `(guestfish printed nothing; exit ${reader.exitCode})`
        : said.split('\n').slice(-8).join('\n');
    return `the disk ${image} was not scanned: ${what}.\nguestfish said:\n${shown}\n${log}`;
}

/** Why a rootfs-mode scanner run is not a result, in words a user can act on (pure, like diagnose.ts). */
/** The extraction program's own error line, without its prefix. */
function programError(output) {
    const marker = `${ROOTFS_LINE_PREFIX} error: `;
    const line = output.split('\n').find((text) => text.startsWith(marker));
    return line?.slice(marker.length);
}
/**
 * The message for a rootfs run that failed in a way only rootfs mode can (no python3 in the scanner, the
 * export, the extraction); undefined for the rest (oscap's own error), which diagnose.ts describes.
 */
function describeRootfsFailure(ending) {
    const noPython = ending.startError !== undefined
        ? /python3/.test(ending.startError) &&
            /not found|no such file|permission denied/i.test(ending.startError)
        : (ending.exitCode === 126 || ending.exitCode === 127) && /python3/.test(ending.shown);
    if (noPython) {
        return (`the scanner image ${ending.scannerImage} has no python3, which rootfs mode runs to extract the image's ` +
            `files (exit ${ending.exitCode}). Use an OpenSCAP image with Python, such as ` +
            `cgr.dev/chainguard/openscap:latest-dev (oscap-docker needs it too), or mode container or image.\n` +
            `${ending.shown}\n${ending.log}`);
    }
    const said = programError(ending.output);
    const exported = ending.source;
    if (exported !== undefined && exported.exitCode !== 0 && !exported.stopped) {
        // An export that failed on its own leaves a truncated stream: its words say why, not the extraction's
        // (one ended because the scanner stopped reading, after a refusal or the limit, says nothing).
        if (ending.disk === true)
            return describeDiskReadFailure(ending.image, exported, ending.log);
        const why = exported.stderr.trim() === '' ? `exit ${exported.exitCode}` : exported.stderr.trim();
        return `docker export of ${ending.image} failed, so its files were not scanned: ${why}\n${ending.log}`;
    }
    switch (ending.exitCode) {
        case ROOTFS_EXIT.tooBig:
            return (`${said ?? "the image's files are larger than the limit for the extracted tree"}. Raise the limit ` +
                `(rootfs-max-mb / --rootfs-max-mb; the tree is held in memory) or scan in mode image.\n${ending.log}`);
        case ROOTFS_EXIT.refused:
            return (`${ending.image}'s file system has an entry that could write outside the extracted tree, so it was ` +
                `not scanned: ${said ?? 'refused'}. docker export never makes such an entry from a real image.\n${ending.log}`);
        case ROOTFS_EXIT.incomplete:
            return (`extracting only what the content reads left out a file it needs: ${said ?? ending.shown}. ` +
                `Extract every file (rootfsExtractAll).\n${ending.log}`);
        case ROOTFS_EXIT.unreadable:
            return `the image's files could not be extracted in the scanner: ${said ?? ending.shown}\n${ending.log}`;
        case 127:
            if (said !== undefined)
                return `the scanner could not run oscap: ${said}\n${ending.log}`;
            return undefined;
        default:
            return undefined;
    }
}

/** The last `max` non-empty lines of `text`, trimmed: the part of docker's output that says why. */
function lastLines(text, max = 12) {
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
    const kept = lines.slice(-max);
    return (lines.length > max ? ['…', ...kept] : kept).join('\n');
}
function said(result) {
    const text = lastLines(result.stderr) || lastLines(result.stdout);
    return text === '' ? `docker exited with ${result.exitCode} and printed nothing` : text;
}
/**
 * The docker CLI's own words when it cannot reach the engine, at the start of a line of its stderr: up to
 * Docker 28 "Cannot connect to the Docker daemon at …", from Docker 29 "failed to connect to the docker API
 * at …"; "error during connect" and "permission denied while trying to connect to the Docker daemon (or
 * docker API)" in both.
 */
const UNREACHABLE = /^(?:docker: )?(?:Cannot connect to the Docker daemon|failed to connect to the docker API|error during connect|permission denied while trying to connect to the docker (?:daemon|API))/im;
/** Whether a failed docker command failed because the engine could not be reached at all. */
function isEngineUnreachable(result) {
    return result.exitCode !== 0 && UNREACHABLE.test(result.stderr);
}
/** A docker command could not reach the engine (see isEngineUnreachable). */
function describeConnectFailure(result, dockerHost) {
    return (`cannot reach the Docker engine at ${dockerHost}: ${said(result)}\n` +
        'Start the engine, or point DOCKER_HOST at its socket (unix:///path/to/docker.sock).');
}
const AUTH_PATTERN = /unauthorized|authentication required|no basic auth credentials|denied|401/i;
const NOT_FOUND_PATTERN = /not found|manifest unknown|does not exist|no such image/i;
/** `docker pull` failed for `reference`; `withCredentials` tells whether we logged in for its registry. */
function describePullFailure(reference, result, withCredentials) {
    const text = said(result);
    let advice = '';
    if (AUTH_PATTERN.test(text)) {
        advice = withCredentials
            ? 'The registry refused the credentials given for it: check the username, the password and its scopes.'
            : 'The registry wants credentials: give a registry username and password for it.';
    }
    else if (NOT_FOUND_PATTERN.test(text)) {
        advice = 'Check the image name and tag; an image built in this job needs pull "missing" or "never".';
    }
    else if (/connection refused|no such host|i\/o timeout|dial tcp/i.test(text)) {
        advice = 'The registry could not be reached from the Docker engine.';
    }
    return `cannot pull ${reference}: ${text}${advice ? `\n${advice}` : ''}`;
}
/** `docker login` failed. A registry's answer may quote what it was given: callers take the password out (`redactError`). */
function describeLoginFailure(server, username, result) {
    return `cannot log in to ${server} as ${username}: ${said(result)}`;
}
/** An image that should be local is not (pull "never", or an image that vanished after the pull). */
function describeMissingImage(reference, result) {
    return `image ${reference} is not in the Docker engine: ${said(result)}\nPull it first, or use pull "always".`;
}
/** The target container did not start. An image without `tail` (no shell, no coreutils) is the usual case. */
function describeStartFailure(image, result) {
    const text = said(result);
    if (/executable file not found|no such file or directory/i.test(text) && /tail/.test(text)) {
        return (`${image} has no 'tail' command (an image with no shell or coreutils), so container mode cannot keep it ` +
            `running for the scan (it starts the target with 'tail -f /dev/null', as the documented recipe does).\n` +
            `Try image mode (--mode image / mode: image): with OpenSCAP 1.3.8 or later in the scanner (the default ` +
            `scanner has 1.4), oscap-docker reads the image with 'docker export' and needs no shell in it.\n${text}`);
    }
    return `cannot start ${image} as the scan target: ${text}`;
}
/** `docker create` refused the scanner container (an image without that entrypoint is caught at start). */
function describeScannerCreateFailure(scannerImage, result) {
    return `docker could not create the scanner container from ${scannerImage}: ${said(result)}`;
}
/** What a process says when fork or thread creation fails: the pids limit, as a program sees it. */
const NO_MORE_PROCESSES = /Resource temporarily unavailable|can't start new thread|Cannot fork|fork: retry|pthread_create|EAGAIN/i;
/** Exits of a process killed by SIGSEGV or SIGABRT (128 + the signal), as docker reports them. */
const CRASH_EXITS = new Map([
    [139, 'SIGSEGV'],
    [134, 'SIGABRT'],
]);
/**
 * The scanner's resource limit that ended it, named with the inputs that set it, or undefined: the memory
 * limit when the engine says it killed the scanner for it, the pids limit when a failed run's output says
 * a process or thread could not be made.
 */
function describeLimitHit(limits, ending) {
    if (ending.oomKilled) {
        return (`the scanner reached its memory limit of ${limits.memoryMb} MiB and was killed (the image's files, ` +
            `held in memory in rootfs mode, and what oscap read): raise it with scanner-memory-mb ` +
            `(--scanner-memory-mb), or lower rootfs-max-mb so that a too-large image stops with its own message`);
    }
    if (ending.exitCode !== 0 && ending.exitCode !== 2 && NO_MORE_PROCESSES.test(ending.output)) {
        return (`the scanner could not start a process or thread: it reached its limit of ${limits.pids} processes ` +
            `and threads; raise it with scanner-pids-limit (--scanner-pids-limit)`);
    }
    // oscap starts a thread per probe and does not check that it got one: at the pids limit it dies of
    // SIGSEGV (or SIGABRT) without a word (measured: --scanner-pids-limit 16, exit 139, nothing printed).
    if (CRASH_EXITS.has(ending.exitCode)) {
        return (`the scanner crashed (exit ${ending.exitCode}, ${CRASH_EXITS.get(ending.exitCode)}); oscap does so when it ` +
            `cannot start a thread, at its limit of ${limits.pids} processes and threads: raise it with ` +
            `scanner-pids-limit (--scanner-pids-limit)`);
    }
    return undefined;
}
/** oscap-docker 1.3.x's image mode says this first; 1.3.8 and later say "Creating a temporary container". */
const OLD_IMAGE_MODE = /^Running given image in a temporary container/m;
/** Why a scanner run that did not end with oscap's 0 or 2 is not a result. */
function describeScannerFailure(ending) {
    const tail = lastLines(ending.output);
    const shown = tail === '' ? '(the scanner printed nothing)' : tail;
    const log = `Full scanner output: ${ending.logFile}`;
    if (ending.aborted)
        return `the scan was interrupted; its containers were removed.\n${log}`;
    if (ending.limitHit !== undefined)
        return `${ending.limitHit}\nLast output:\n${shown}\n${log}`;
    if (ending.timedOutAfterMs !== undefined) {
        const stuck = ending.inProgress === undefined
            ? 'Raise the timeout if the image is large.'
            : `oscap was still on ${ending.inProgress}: that check did not end in time on this image (an ` +
                `unusual file there: very large, very deep, or a pathological shape for the check's pattern).`;
        return (`the scan did not finish within its timeout of ${ending.timedOutAfterMs / 1000} s and was stopped; its ` +
            `containers were removed. ${stuck}\nLast output:\n${shown}\n${log}`);
    }
    if (ending.mode === 'rootfs') {
        const rootfs = describeRootfsFailure({ ...ending, shown, log });
        if (rootfs !== undefined)
            return rootfs;
    }
    const noOscapDocker = ending.startError !== undefined
        ? /oscap-docker/.test(ending.startError) &&
            /not found|no such file|permission denied/i.test(ending.startError)
        : (ending.exitCode === 126 || ending.exitCode === 127) && /oscap-docker/.test(shown);
    if (noOscapDocker) {
        return (`the scanner image ${ending.scannerImage} has no runnable oscap-docker (exit ${ending.exitCode}). Use an ` +
            `OpenSCAP image that ships oscap-docker, such as cgr.dev/chainguard/openscap:latest-dev.\n${shown}\n${log}`);
    }
    if (ending.startError !== undefined)
        return `docker could not start the scanner container: ${ending.startError}\n${log}`;
    if (/daemon does not appear to be running/i.test(ending.output)) {
        return (`oscap-docker inside the scanner could not reach the Docker engine through the mounted socket (exit ` +
            `${ending.exitCode}): the engine's socket must be a path the engine itself can mount.\n${shown}\n${log}`);
    }
    if (ending.mode === 'image' && OLD_IMAGE_MODE.test(ending.output)) {
        const why = /exec: "bash": executable file not found/i.test(ending.output)
            ? `${ending.image} has no bash`
            : /Cannot access mountpoint/.test(ending.output)
                ? `that container runs as the image's non-root USER, whose files oscap-docker cannot read there`
                : `that container did not keep running (an ENTRYPOINT gets 'bash' as its argument instead)`;
        return (`the scanner's oscap-docker is older than 1.3.8: its image mode starts 'bash' in a temporary container of ` +
            `the image, and ${why} (exit ${ending.exitCode}). Use a scanner with OpenSCAP 1.3.8 or later (such as ` +
            `cgr.dev/chainguard/openscap:latest-dev, 1.4), whose image mode reads the image with 'docker export' and ` +
            `needs nothing from it; or container mode, if the image has 'tail'.\n${shown}\n${log}`);
    }
    if (ending.exitCode === 1) {
        return `oscap reported an error (exit 1), so there are no complete results:\n${shown}\n${log}`;
    }
    return `the scanner ended with exit ${ending.exitCode}, which is not a scan result (oscap gives 0 or 2):\n${shown}\n${log}`;
}

/** Getting the two images into the engine and recording exactly which ones were scanned. */
/** The repository part of a reference: no tag, no digest (`host:5000/a/b:tag@sha256:x` → `host:5000/a/b`). */
function repositoryOf(reference) {
    const withoutDigest = reference.split('@')[0] ?? reference;
    const lastSlash = withoutDigest.lastIndexOf('/');
    const lastColon = withoutDigest.lastIndexOf(':');
    return lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
}
/**
 * The digest to record for `reference`: its registry digest (`repo@sha256:…`) when it has one for the same
 * repository, else any registry digest, else the local image id (an image that never left this engine).
 */
function recordedDigest(reference, info) {
    const repository = repositoryOf(reference);
    const sameRepository = info.repoDigests.find((digest) => repositoryOf(digest) === repository);
    return sameRepository ?? info.repoDigests[0] ?? info.id;
}
/** Parses one line of {@link inspectImageArgs}' JSON; null arrays (docker's empty) become []. */
function parseImageInfo(stdout) {
    const parsed = JSON.parse(stdout.trim());
    const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    if (typeof parsed.id !== 'string' || !parsed.id.startsWith('sha256:')) {
        throw new Error(`docker image inspect gave no image id: ${stdout.trim()}`);
    }
    return {
        id: parsed.id,
        repoTags: strings(parsed.repoTags),
        repoDigests: strings(parsed.repoDigests),
    };
}
/**
 * Whether the engine has `reference`, with docker's answer (which says why when it has not); an answer
 * other than "no such image" is an error.
 */
async function lookUp(docker, reference) {
    const answer = await docker(inspectImageArgs(reference));
    if (answer.exitCode === 0)
        return { local: true, answer };
    if (/no such (image|object)/i.test(answer.stderr))
        return { local: false, answer };
    throw new Error(`docker image inspect ${reference} failed: ${answer.stderr.trim()}`);
}
/** The non-empty lines of a command's output. */
function outputLines(stdout) {
    return stdout.split('\n').filter((line) => line.trim() !== '');
}
/**
 * The images `containers` were created from, in the same order: what was really scanned, whatever a tag
 * pointed to before or after. Read from the containers while the scanner runs, so that recording them costs
 * the scan no time (inspecting each image between its pull and its use did: about 50 ms every run).
 */
async function imagesOfContainers(docker, containers) {
    const ofContainers = await docker(containerImageArgs(containers));
    if (ofContainers.exitCode !== 0)
        throw new Error(`docker container inspect: ${lastLines(ofContainers.stderr)}`);
    const ids = outputLines(ofContainers.stdout).map((line) => JSON.parse(line));
    if (ids.length !== containers.length ||
        !ids.every((id) => typeof id === 'string' && id.startsWith('sha256:')))
        throw new Error(`docker container inspect gave no image ids: ${ofContainers.stdout.trim()}`);
    const images = await docker(inspectImageArgs(...ids));
    if (images.exitCode !== 0)
        throw new Error(`docker image inspect: ${lastLines(images.stderr)}`);
    const infos = outputLines(images.stdout).map(parseImageInfo);
    if (infos.length !== ids.length)
        throw new Error(`docker image inspect described ${infos.length} of ${ids.length} images`);
    return infos;
}
/** `docker login --password-stdin` into a fresh configuration directory; the password goes only to stdin. */
async function logIn(docker, credentials) {
    const configDir = await promises.mkdtemp(node_path.join(node_os.tmpdir(), 'stig-gate-docker-config-'));
    const close = async () => {
        try {
            await docker(['--config', configDir, 'logout', credentials.server]);
        }
        finally {
            await promises.rm(configDir, { recursive: true, force: true });
        }
    };
    const result = await docker([
        '--config',
        configDir,
        'login',
        '--username',
        credentials.username,
        '--password-stdin',
        credentials.server,
    ], { input: Buffer.from(credentials.password, 'utf8') });
    if (result.exitCode !== 0) {
        await close().catch(() => undefined);
        throw new ScanError('log in to registry', describeLoginFailure(credentials.server, credentials.username, result));
    }
    return { server: credentials.server, configDir, close };
}
/**
 * Makes `reference` present in the engine as `policy` says, pulling with `login` when the image is from that
 * registry. Which image that is gets recorded from the containers made of it (see imagesOfContainers).
 */
async function ensureImage(docker, reference, policy, step, login) {
    const inspectStep = step === 'pull target' ? 'inspect target' : 'inspect scanner';
    if (policy !== 'always') {
        let found;
        try {
            found = await lookUp(docker, reference);
        }
        catch (thrown) {
            if (thrown instanceof ScanError)
                throw thrown;
            throw new ScanError(inspectStep, `${reference}: ${cli.toError(thrown).message}`);
        }
        if (found.local)
            return;
        if (policy === 'never')
            throw new ScanError(inspectStep, describeMissingImage(reference, found.answer));
    }
    const useLogin = login !== undefined && imageKey.registryOf(reference) === login.server;
    const configArgs = useLogin ? ['--config', login.configDir] : [];
    const pulled = await docker([...configArgs, 'pull', '--quiet', reference]);
    if (pulled.exitCode !== 0)
        throw new ScanError(step, describePullFailure(reference, pulled, useLogin));
}

/**
 * How far one OVAL path entity can reach in the scanned tree, from its operation and value: a literal path,
 * or the directory a regular expression's literal start pins it under, or (anything else) the whole tree.
 * Pure string work over OVAL's own semantics; no path here is ever opened.
 */
/** Characters that end a regular expression's literal run (POSIX ERE and PCRE, which OVAL patterns use). */
const REGEX_SPECIAL = new Set(['.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$']);
/** Quantifiers that make the character before them optional or repeated. */
const QUANTIFIERS = new Set(['*', '?', '{']);
/** Escapes that stand for one literal character (`\.` `\/` `\-`); `\d`, `\s`, `\w`, … are classes. */
const LITERAL_ESCAPE = /[^A-Za-z0-9]/;
/** `/a/./b//c/` → `/a/b/c`; a relative path or one with `..` cannot be bounded (undefined). */
function normalizePath(path) {
    if (!path.startsWith('/'))
        return undefined;
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return undefined;
    return `/${parts.join('/')}`;
}
/**
 * The directories every match of an OVAL `pattern match` on a path must lie under: each branch's literal
 * start after `^`, cut back to its last `/`. `^/etc/audit/rules\.d/.*\.rules$` → `/etc/audit/rules.d`;
 * `^/etc/bashrc$|^/etc/profile\.d/.*$` → `/etc`, `/etc/profile.d`. An unanchored branch is bounded only
 * by `/`.
 */
function patternDirectories(pattern) {
    return [...new Set(topLevelBranches(pattern).map(branchDirectory))];
}
function branchDirectory(pattern) {
    if (!pattern.startsWith('^'))
        return '/';
    let literal = '';
    for (let i = 1; i < pattern.length; i++) {
        const char = pattern.charAt(i);
        if (char === '\\') {
            const next = pattern.charAt(i + 1);
            if (next === '' || !LITERAL_ESCAPE.test(next))
                break;
            if (QUANTIFIERS.has(pattern.charAt(i + 2)))
                break;
            literal += next;
            i++;
            continue;
        }
        if (REGEX_SPECIAL.has(char))
            break;
        // A quantified character may be absent or repeated: the literal run ends before it.
        if (QUANTIFIERS.has(pattern.charAt(i + 1)))
            break;
        literal += char;
    }
    const cut = literal.lastIndexOf('/');
    if (cut < 0)
        return '/';
    return normalizePath(literal.slice(0, cut) || '/') ?? '/';
}
/**
 * Where a path entity with this operation can lead for one value. `equals` names the path itself;
 * `pattern match` a directory it lies under; any other operation (`not equal`, `case insensitive equals`, …)
 * can match almost any path: the whole tree.
 */
function boundOfValue(operation, value) {
    if (operation === 'equals') {
        const path = normalizePath(value);
        return path === undefined ? { exact: [], under: ['/'] } : { exact: [path], under: [] };
    }
    if (operation === 'pattern match')
        return { exact: [], under: patternDirectories(value) };
    return { exact: [], under: ['/'] };
}
/** `/etc` and `ssl/openssl.cnf` joined as one normalised path; undefined when `name` climbs out (`..`). */
function joinPath(directory, name) {
    return normalizePath(`${directory}/${name}`);
}
/** The pattern split at each `|` outside every group and bracket expression: its alternatives. */
function topLevelBranches(pattern) {
    const branches = [];
    let depth = 0;
    let inBracket = false;
    let start = 0;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern.charAt(i);
        if (char === '\\')
            i++;
        else if (inBracket)
            inBracket = char !== ']';
        else if (char === '[') {
            inBracket = true;
            // A ']' first in the bracket (or after '^') is a literal member, not its end.
            if (pattern.charAt(i + 1) === '^')
                i++;
            if (pattern.charAt(i + 1) === ']')
                i++;
        }
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth = Math.max(0, depth - 1);
        else if (char === '|' && depth === 0) {
            branches.push(pattern.slice(start, i));
            start = i + 1;
        }
    }
    branches.push(pattern.slice(start));
    return branches;
}

/**
 * Whether an SCE script could read the scanned tree. SCE scripts run in the scanner itself, not under the
 * probe root: the tree is at a path of the scanner's, which a script finds only by being told
 * (OSCAP_PROBE_ROOT), by walking the file system, or by naming paths. A script is taken as not reaching the
 * tree only when none of that is in its text: every absolute path it names is one of the kernel's own
 * views (/proc, /sys, /dev) or the interpreter on its first line, it names no probe root, steps up no
 * directory and runs no command that walks directories. The GPOS ASLR script (`sysctl
 * kernel.randomize_va_space`) passes; anything else widens the reach to the whole tree.
 */
/** Where the kernel's own state is, not the image's: the scanner's, wherever the tree is. */
const KERNEL_VIEWS = ['/proc/', '/sys/', '/dev/'];
/** Commands that walk directories or change the working one; words as the shell splits them. */
const WALKERS = new Set([
    'find',
    'locate',
    'du',
    'ls',
    'tree',
    'cd',
    'pushd',
    'rsync',
    'tar',
    'cpio',
    'grep',
]);
/** undefined when the script cannot reach the tree; else what could (for the log). */
function analyseScript(script) {
    const [first = '', ...rest] = script.replace(/^\s+/, '').split('\n');
    const body = first.startsWith('#!') ? rest.join('\n') : script;
    if (/PROBE_ROOT/.test(body))
        return 'names the probe root';
    if (body.includes('..'))
        return "steps up a directory ('..')";
    for (const match of body.matchAll(/(?:^|[^\w.$-])(\/[^\s'"`;|&()<>]*)/g)) {
        const path = match[1];
        if (!KERNEL_VIEWS.some((view) => path.startsWith(view)))
            return `names the path ${path}`;
    }
    for (const word of body.split(/[^\w.-]+/)) {
        if (WALKERS.has(word))
            return `runs ${word}`;
    }
    if (/[*?]/.test(body.replace(/'[^']*'|"[^"]*"/g, '')))
        return 'expands a file name pattern';
    return undefined;
}

/**
 * What a data stream's checks can read of a scanned file system: for each OVAL object, the paths it can
 * reach (its path, filepath, filename and recursion) and whether it reads their contents or only their
 * metadata (owner, mode, times, size). rootfs mode extracts only that (see scan/rootfs-script.ts): a file
 * no object can reach is not written, a file whose metadata alone is read is written without its data.
 *
 * Soundness over thrift: whatever the analysis cannot bound — a path given by a pattern without a literal
 * start, a variable whose values are not in the content, an object type it does not know, a check system
 * other than OVAL and OCIL, an SCE script that could reach the tree — widens the reach to the whole subtree
 * it could be in, up to the whole tree, with the reason. A missing file can make a rule pass ("no file
 * matched"), so a file that could be read is never left out.
 *
 * Every OVAL object in the stream counts, selected by the profile or not: the reach is a superset of any
 * profile's, and a tailoring, which selects rules and sets values but adds no object, changes it only
 * through the values of external variables, which are taken from the stream's Values and the tailoring's.
 */
/** Object types that read a file's data (its lines, its hash, its XML or YAML). */
const READS_DATA = new Set([
    'textfilecontent54_object',
    'textfilecontent_object',
    'filehash58_object',
    'filehash_object',
    'xmlfilecontent_object',
    'yamlfilecontent_object',
]);
/** Object types that read only what stat, lstat, readlink and the extended attributes tell. */
const READS_METADATA = new Set([
    'file_object',
    'symlink_object',
    'fileextendedattribute_object',
    // A file's SELinux label is an extended attribute.
    'selinuxsecuritycontext_object',
]);
/** Object types that read fixed places in the tree, whatever their entities say. */
const FIXED_PLACES = {
    password_object: [{ path: '/etc/passwd', depth: 'file' }],
    shadow_object: [{ path: '/etc/shadow', depth: 'file' }],
    dpkginfo_object: [{ path: '/var/lib/dpkg', depth: 'tree' }],
    apkinfo_object: [{ path: '/lib/apk/db', depth: 'tree' }],
    rpminfo_object: rpmPlaces(),
    rpmverify_object: rpmPlaces(),
    rpmverifyfile_object: rpmPlaces(),
    rpmverifypackage_object: rpmPlaces(),
    xinetd_object: [
        { path: '/etc/xinetd.conf', depth: 'file' },
        { path: '/etc/xinetd.d', depth: 'tree' },
    ],
    sysctl_object: [{ path: '/proc/sys', depth: 'tree' }],
    process_object: [{ path: '/proc', depth: 'tree' }],
    process58_object: [{ path: '/proc', depth: 'tree' }],
    partition_object: [
        { path: '/proc', depth: 'tree' },
        { path: '/etc/mtab', depth: 'file' },
        { path: '/etc/fstab', depth: 'file' },
    ],
    inetlisteningservers_object: [{ path: '/proc/net', depth: 'tree' }],
    routingtable_object: [{ path: '/proc/net', depth: 'tree' }],
    runlevel_object: [{ path: '/etc', depth: 'tree' }],
    selinuxboolean_object: [{ path: '/sys/fs/selinux', depth: 'tree' }],
};
function rpmPlaces() {
    // librpm reads its database and its macros and configuration under the probe root.
    return ['/var/lib/rpm', '/usr/lib/sysimage/rpm', '/usr/lib/rpm', '/etc/rpm'].map((path) => ({
        path,
        depth: 'tree',
    }));
}
/** Object types that read nothing of the tree: the scanner's own environment, kernel, D-Bus or the content. */
const READS_NOTHING = new Set([
    'family_object',
    'environmentvariable_object',
    'environmentvariable58_object',
    'variable_object',
    'uname_object',
    'systemdunitproperty_object',
    'systemdunitdependency_object',
    'interface_object',
]);
const OVAL_SYSTEM = 'http://oval.mitre.org/XMLSchema/oval-definitions-5';
const OCIL_SYSTEM = 'http://scap.nist.gov/schema/ocil/2';
const SCE_SYSTEM = 'http://open-scap.org/page/SCE';
const WHOLE = (why) => ({ path: '/', depth: 'tree', read: 'data', why });
/**
 * The reach of a data stream (SCAP 1.2/1.3 source data stream, or a bare XCCDF or OVAL document), with
 * an optional XCCDF tailoring document whose values are added to the external variables' candidates.
 */
function contentReach(datastream, tailoring) {
    const root = parseDocument(datastream);
    const tailored = tailoring === undefined ? [] : allElements(parseDocument(tailoring), 'set-value');
    const regions = [];
    const variables = new Variables(root, tailored);
    for (const definitions of allElements(root, 'oval_definitions')) {
        for (const objects of args.childElements(definitions, 'objects')) {
            for (const object of objects.content) {
                if (typeof object !== 'string')
                    regions.push(...objectReach(object, variables));
            }
        }
    }
    regions.push(...checkSystemsReach(root));
    const everything = regions.some((r) => r.path === '/' && r.depth === 'tree' && r.read === 'data');
    return {
        regions: everything ? regions.filter((r) => r.path === '/' && r.read === 'data') : regions,
        everything,
    };
}
function parseDocument(xml) {
    // The fragment parser reads elements; a document's declaration is no element.
    return args.parseXmlFragment(xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''));
}
/** Every element named `name` at any depth (local names), in document order. */
function allElements(root, name) {
    const found = [];
    const pending = [root];
    while (pending.length > 0) {
        const element = pending.pop();
        if (element.name === name)
            found.push(element);
        else {
            for (let i = element.content.length - 1; i >= 0; i--) {
                const child = element.content[i];
                if (typeof child !== 'string')
                    pending.push(child);
            }
        }
    }
    return found;
}
/** One OVAL object's regions. */
function objectReach(object, variables) {
    const type = object.name;
    const id = object.attributes['id'] ?? type;
    // A set object combines other objects, each analysed on its own; a filter only narrows.
    if (args.childElements(object, 'set').length > 0)
        return [];
    if (READS_NOTHING.has(type))
        return [];
    const fixed = FIXED_PLACES[type];
    if (fixed !== undefined)
        return fixed.map((place) => ({ ...place, read: 'data', why: id }));
    const read = READS_DATA.has(type)
        ? 'data'
        : READS_METADATA.has(type)
            ? 'metadata'
            : undefined;
    if (read === undefined)
        return [WHOLE(`${id}: object type ${type} is not known to the analysis`)];
    const recursive = recursesDown(object);
    if (recursive === undefined)
        return [WHOLE(`${id}: recursion upwards`)];
    const filepath = entityOf(object, 'filepath');
    if (filepath !== undefined) {
        const bound = entityBound(filepath, variables);
        return [
            ...bound.exact.map((path) => ({ path, depth: 'file', read, why: id })),
            ...bound.under.map((path) => ({ path, depth: 'tree', read, why: `${id}: ${how(filepath)}` })),
        ];
    }
    const path = entityOf(object, 'path');
    if (path === undefined)
        return [WHOLE(`${id}: no path or filepath`)];
    const directories = entityBound(path, variables);
    const regions = directories.under.map((under) => ({
        path: under,
        depth: 'tree',
        read,
        why: `${id}: ${how(path)}`,
    }));
    const filename = entityOf(object, 'filename');
    for (const directory of directories.exact) {
        if (recursive) {
            regions.push({ path: directory, depth: 'tree', read, why: id });
            continue;
        }
        // No filename (xsi:nil): the directory itself.
        if (filename === undefined || filename.attributes['xsi:nil'] === 'true') {
            regions.push({ path: directory, depth: 'file', read: 'metadata', why: id });
            continue;
        }
        const names = entityBound(filename, variables, true);
        for (const name of names.exact) {
            const joined = joinPath(directory, name);
            regions.push(joined === undefined
                ? { path: directory, depth: 'tree', read, why: `${id}: a filename that climbs` }
                : { path: joined, depth: 'file', read, why: id });
        }
        if (names.under.length > 0)
            regions.push({ path: directory, depth: 'children', read, why: id });
    }
    return regions;
}
/** true: `recurse_direction="down"`; false: none; undefined: `up` (every ancestor's entries). */
function recursesDown(object) {
    const behaviors = args.childElements(object, 'behaviors')[0];
    const direction = behaviors?.attributes['recurse_direction'] ?? 'none';
    if (direction === 'none')
        return false;
    if (direction === 'down')
        return behaviors?.attributes['max_depth'] !== '0';
    return undefined;
}
/** Why an entity is bounded by a directory, not a path (for the log). */
function how(entity) {
    const reference = entity.attributes['var_ref'];
    if (reference !== undefined)
        return `${entity.name} from the variable ${reference}`;
    return `${entity.name} ${entity.attributes['operation'] ?? 'equals'} '${args.textContent(entity)}'`;
}
function entityOf(object, name) {
    return args.childElements(object, name)[0];
}
/**
 * Where an entity's values can lead. `isName`: a filename, whose values are names in a directory, not
 * paths (any pattern on a name means "some entries of the directory").
 */
function entityBound(entity, variables, isName = false) {
    const operation = entity.attributes['operation'] ?? 'equals';
    const reference = entity.attributes['var_ref'];
    const values = reference === undefined ? [args.textContent(entity)] : variables.valuesOf(reference);
    if (values === undefined)
        return { exact: [], under: ['/'] };
    const bound = { exact: [], under: [] };
    for (const value of values) {
        if (isName) {
            // A name is exact only when it equals; a pattern matches some entries of the directory.
            if (operation === 'equals')
                bound.exact.push(value);
            else
                bound.under.push('/');
            continue;
        }
        const one = boundOfValue(operation, value);
        bound.exact.push(...one.exact);
        bound.under.push(...one.under);
    }
    return bound;
}
/**
 * The values an OVAL variable can take, where the content says them: a constant variable's, a local
 * variable made only of literals (concatenated or not), an external variable's from the XCCDF Values
 * exported to it (every choice the stream offers, and the tailoring's). Undefined when unknown (a local
 * variable computed from what the scan collects, e.g. the users' home directories).
 */
class Variables {
    byId = new Map();
    exports = new Map();
    values = new Map();
    constructor(root, tailored) {
        for (const definitions of allElements(root, 'oval_definitions'))
            for (const list of args.childElements(definitions, 'variables'))
                for (const variable of list.content)
                    if (typeof variable !== 'string' && variable.attributes['id'] !== undefined)
                        this.byId.set(variable.attributes['id'], variable);
        for (const exported of allElements(root, 'check-export')) {
            const name = exported.attributes['export-name'];
            const value = exported.attributes['value-id'];
            if (name !== undefined && value !== undefined)
                this.exports.set(name, [...(this.exports.get(name) ?? []), value]);
        }
        for (const value of allElements(root, 'Value')) {
            const id = value.attributes['id'];
            if (id !== undefined)
                this.values.set(id, args.childElements(value, 'value').map(args.textContent));
        }
        for (const set of tailored) {
            const id = set.attributes['idref'];
            if (id !== undefined)
                this.values.set(id, [...(this.values.get(id) ?? []), args.textContent(set)]);
        }
    }
    valuesOf(id) {
        const variable = this.byId.get(id);
        if (variable === undefined)
            return undefined;
        if (variable.name === 'constant_variable')
            return args.childElements(variable, 'value').map(args.textContent);
        if (variable.name === 'local_variable')
            return literalValues(variable);
        if (variable.name === 'external_variable') {
            const valueIds = this.exports.get(id);
            if (valueIds === undefined)
                return undefined;
            const found = [];
            for (const valueId of valueIds) {
                const values = this.values.get(valueId);
                if (values === undefined)
                    return undefined;
                found.push(...values);
            }
            return found;
        }
        return undefined;
    }
}
/** A local variable that is one literal, or a concat of literals; else undefined. */
function literalValues(variable) {
    const [component] = variable.content.filter((c) => typeof c !== 'string');
    if (component === undefined)
        return undefined;
    if (component.name === 'literal_component')
        return [args.textContent(component)];
    if (component.name !== 'concat')
        return undefined;
    const parts = [];
    for (const part of component.content) {
        if (typeof part === 'string')
            continue;
        if (part.name !== 'literal_component')
            return undefined;
        parts.push(args.textContent(part));
    }
    return [parts.join('')];
}
/** Checks other than OVAL: OCIL reads nothing; SCE scripts as sce-reach.ts reads them; anything else, all. */
function checkSystemsReach(root) {
    const systems = new Set(allElements(root, 'check').map((check) => check.attributes['system'] ?? ''));
    const regions = [];
    for (const system of systems) {
        if (system === OVAL_SYSTEM || system === OCIL_SYSTEM)
            continue;
        if (system !== SCE_SYSTEM) {
            regions.push(WHOLE(`a check in the system ${system || '(none)'}, which the analysis does not read`));
            continue;
        }
        const scripts = allElements(root, 'script');
        if (scripts.length === 0)
            regions.push(WHOLE('SCE checks whose scripts are not in the data stream'));
        for (const script of scripts) {
            const reason = analyseScript(args.textContent(script));
            if (reason !== undefined)
                regions.push(WHOLE(`an SCE script ${reason}`));
        }
    }
    return regions;
}

/**
 * rootfs mode's selective extraction (issue #23): the data stream's reach (content/reach.ts) as the
 * extraction program's STIG_GATE_REACH (see rootfs-script.ts). The data stream is the workspace file, or
 * the scanner's own, read out of the scanner image by a container that has no network and drops every
 * capability. Anything that goes wrong here only costs the saving: the whole image is extracted, and the
 * log says why.
 */
/** The environment variable the extraction program reads its reach from (and removes before oscap runs). */
const REACH_ENV = 'STIG_GATE_REACH';
/** A reach past this size is not passed (an argument's limit is 128 KiB); the whole image is extracted. */
const MAX_SPEC_CHARS = 96 * 1024;
/** The program that prints the scanner's data stream, as `python3 -I -c` runs it (no shell, no cat needed). */
const PRINT_FILE_PY = 'import shutil, sys; shutil.copyfileobj(open(sys.argv[1], "rb"), sys.stdout.buffer)';
/**
 * `docker run` printing the scanner image's own data stream: no network, no capability, read-only; with
 * the scan's label, so that an interrupted scan's cleanup removes it too.
 */
function scannerDatastreamArgs(scannerImage, label) {
    return [
        'run',
        '--rm',
        '--pull=never',
        '--label',
        label,
        '--network',
        'none',
        '--cap-drop',
        'ALL',
        '--security-opt',
        'no-new-privileges',
        '--read-only',
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        PRINT_FILE_PY,
        imageKey.SCANNER_DATASTREAM,
    ];
}
/**
 * The reach as the extraction program reads it: `[path, depth, read]` with paths relative to the tree
 * (`""` for its root). Undefined when nothing can be left out (the whole image is extracted).
 */
function reachSpec(reach) {
    if (reach.everything)
        return undefined;
    const spec = JSON.stringify(reach.regions.map((region) => [region.path.replace(/^\/+/, ''), region.depth, region.read]));
    return spec.length > MAX_SPEC_CHARS ? undefined : spec;
}
/** Reads the data stream (and tailoring) and derives what the extraction may leave out. Never throws. */
async function chooseExtraction(plan, docker, label) {
    if (plan.rootfsExtractAll === true)
        return { note: 'every file (asked for)' };
    try {
        let datastream;
        if (plan.datastream === undefined) {
            const printed = await docker(scannerDatastreamArgs(plan.scannerImage, label));
            if (printed.exitCode !== 0) {
                return { note: `every file: the scanner's data stream could not be read (${printed.stderr.trim()})` };
            }
            datastream = printed.stdout;
        }
        else
            datastream = await promises.readFile(plan.datastream, 'utf8');
        const tailoring = plan.tailoringFile === undefined ? undefined : await promises.readFile(plan.tailoringFile, 'utf8');
        const reach = contentReach(datastream, tailoring);
        if (reach.everything) {
            const why = reach.regions
                .map((region) => region.why)
                .slice(0, 3)
                .join('; ');
            return { note: `every file: the content can read any file (${why})` };
        }
        const spec = reachSpec(reach);
        if (spec === undefined)
            return { note: 'every file: the content reaches too many places to list' };
        const places = new Set(reach.regions.map((region) => region.path)).size;
        return { spec, note: `only what the data stream's checks can read (${places} places)` };
    }
    catch (thrown) {
        return { note: `every file: the data stream could not be analysed (${cli.toError(thrown).message})` };
    }
}

/**
 * rootfs mode's docker command lines, as argument arrays (pure, like commands.ts): the target created and
 * never started, its files streamed out with `docker export` into a scanner that holds no privilege over
 * the engine or the host, extracted there onto a tmpfs and scanned with `oscap xccdf eval` and
 * OSCAP_PROBE_ROOT.
 */
/** Where the target's files are extracted inside the scanner (a tmpfs, gone with the container). */
const ROOTFS_TREE = '/stig-gate/tree';
/**
 * The only capabilities the scanner keeps (everything else is dropped): extracting as root with the
 * image's owners and modes needs CAP_CHOWN (chown to the image's uids), CAP_FOWNER (chmod and utime on
 * files it then no longer owns), CAP_DAC_OVERRIDE (writing into the image's read-only directories; oscap
 * reading root-only files such as /etc/shadow), CAP_FSETID (keeping setgid bits through chmod: without
 * it the kernel clears them) and CAP_MKNOD (the image's device nodes made as devices, so their type shows;
 * the tree is `nodev`, so none of them can be opened). Measured: with fewer, setgid bits are lost or 31
 * rules turn into `error`.
 */
const ROOTFS_CAPABILITIES = ['CHOWN', 'FOWNER', 'DAC_OVERRIDE', 'FSETID', 'MKNOD'];
/**
 * The tmpfs for the tree: `nodev`, `nosuid` and `noexec` (nothing in it is ever run or opened as a
 * device: the kernel refuses to open the image's device nodes, so no probe blocks on one), sized at the limit plus room for the file system's own metadata, so that the kernel bounds it
 * even if the count in the extraction program were wrong. `noatime`, because the tree stands for the
 * image, which reading does not change: on a tmpfs with atime, the first read of a file or a link after
 * its extraction moves its access time (relatime), so oscap's file probe, which lstat()s a path once per
 * object that reaches it, recorded a link read between two objects as two items differing only in
 * a_time, where the image mount (read-only) gives one.
 */
function treeTmpfs(maxBytes) {
    const slackMb = 64;
    const sizeMb = Math.ceil(maxBytes / (1024 * 1024)) + slackMb;
    return `${ROOTFS_TREE}:rw,nosuid,nodev,noexec,noatime,size=${sizeMb}m,mode=0755`;
}
/**
 * oscap writes the data stream's SCE scripts (the ASLR check) to a temporary directory, and the scanner's
 * root is read-only: a small tmpfs, `nodev` and `nosuid`, and `noexec` too, which docker's `--tmpfs` adds
 * by default (measured: /proc/mounts shows it); the SCE check still runs there (its output is in the
 * results), so nothing in the scanner needs an executable writable place.
 */
const SCANNER_TMP_TMPFS = '/tmp:rw,nosuid,nodev,size=64m,mode=1777';
/** The target's environment (`Config.Env`, the image's with nothing added) as JSON: `["PATH=…", …]` or `null`. */
function targetEnvArgs(names) {
    return ['container', 'inspect', '--format', '{{json .Config.Env}}', names.source];
}
/** Parses {@link targetEnvArgs}' output: the `KEY=value` lines, `[]` for an image without `Env`. */
function parseTargetEnv(stdout) {
    const parsed = JSON.parse(stdout.trim());
    if (parsed === null)
        return [];
    if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
        throw new Error(`docker container inspect gave no environment list: ${stdout.trim()}`);
    }
    return parsed;
}
/**
 * Linux's limit on one environment string (MAX_ARG_STRLEN, 32 pages): oscap reads the image's whole `Env`
 * from one variable, OSCAP_CONTAINER_VARS, which cannot be longer, with its name, than this.
 */
const OSCAP_CONTAINER_VARS_MAX_BYTES = 128 * 1024 - 'OSCAP_CONTAINER_VARS='.length - 1;
/** A variable's name as a message shows it: printable, and short (it comes from the image). */
function shownName(entry) {
    const name = entry.split('=', 1)[0] ?? '';
    const printable = JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
    return printable;
}
/**
 * Undefined when oscap can be given the image's `Env` as it is, else a message naming what it cannot take: oscap splits OSCAP_CONTAINER_VARS at line breaks, so a value with one would become a second
 * variable (refused, by name), and the joined lines must fit one environment string (refused, with the
 * largest variables named). Either way the scan stops before the scanner is made.
 */
function checkTargetEnv(env) {
    const broken = env.filter((entry) => /[\n\r]/.test(entry));
    if (broken.length > 0) {
        return (`the image's environment (Config.Env) has ${broken.length === 1 ? 'a variable' : 'variables'} whose ` +
            `value holds a line break, which oscap's OSCAP_CONTAINER_VARS cannot carry (it would read a second ` +
            `variable): ${broken.slice(0, 5).map(shownName).join(', ')}${broken.length > 5 ? ', …' : ''}`);
    }
    const bytes = Buffer.byteLength(env.join('\n'));
    if (bytes > OSCAP_CONTAINER_VARS_MAX_BYTES) {
        const largest = [...env]
            .sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a))
            .slice(0, 3)
            .map((entry) => `${shownName(entry)} (${Math.ceil(Buffer.byteLength(entry) / 1024)} KiB)`);
        return (`the image's environment (Config.Env) is ${Math.ceil(bytes / 1024)} KiB; oscap reads it from one ` +
            `variable, which Linux limits to 128 KiB; the largest: ${largest.join(', ')}`);
    }
    return undefined;
}
/**
 * What rootfs mode writes to the scanner's standard input before `docker export`'s stream: one line
 * `stig-gate-env <bytes>`, then the image's `Env` as a JSON list of that many bytes. On standard input, not
 * the command line: an image's environment can be larger than a command line may be (spawn E2BIG).
 */
function rootfsStdinHeader(env) {
    const json = Buffer.from(JSON.stringify(env));
    return Buffer.concat([Buffer.from(`stig-gate-env ${json.length}\n`), json]);
}
/** The target's file system as a tar stream on stdout: the unstarted container of {@link createSourceArgs}. */
function exportTargetArgs(names) {
    return ['export', names.source];
}
/**
 * oscap's own arguments in rootfs mode: `xccdf eval …` as oscap-docker would pass them on, plus its INFO log
 * on stderr, which C leaves unbuffered: the rule, OVAL object and file oscap is on arrive as it gets there,
 * so a scan stopped at its timeout can say where it was (see OscapProgress). Those lines quote collected
 * values, so they are read for that and never kept or shown.
 */
function rootfsOscapArgs(plan) {
    const out = IN_SCANNER.output;
    return [
        'oscap',
        'xccdf',
        'eval',
        '--verbose',
        'INFO',
        '--verbose-log-file',
        '/dev/stderr',
        '--profile',
        plan.profile,
        ...(plan.tailoringFile === undefined
            ? []
            : ['--tailoring-file', `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`]),
        '--results',
        `${out}/${OUTPUT_FILES.resultsXml}`,
        '--results-arf',
        `${out}/${OUTPUT_FILES.resultsArf}`,
        '--report',
        `${out}/${OUTPUT_FILES.reportHtml}`,
        datastreamInScanner(plan),
    ];
}
/**
 * The rootfs scanner: root (extraction keeps the image's owners), but with every capability dropped except
 * {@link ROOTFS_CAPABILITIES}, `no-new-privileges`, a read-only root, no network, no engine socket and its
 * own PID namespace; the tree and /tmp are tmpfs; the output directory is the one writable mount, inputs
 * are read-only. `--interactive` keeps its stdin open for the image's environment and the tar stream (see
 * rootfsStdinHeader and startRootfsScannerArgs).
 * `targetName` is the name oscap's report gives the target; `command` replaces oscap's arguments (tests
 * run the same program with another command to look at the tree). `reach`: what the content can read
 * (rootfs-reach.ts), given to the program in its environment; without it every file is extracted.
 */
function createRootfsScannerArgs(plan, names, scannerImage, targetName, command = rootfsOscapArgs(plan), reach) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--interactive',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--user',
        '0:0',
        '--read-only',
        '--cap-drop',
        'ALL',
        ...ROOTFS_CAPABILITIES.flatMap((capability) => ['--cap-add', capability]),
        '--security-opt',
        'no-new-privileges',
        ...scannerLimitArgs(plan.limits),
        ...scannerEnvArgs(),
        ...(reach === undefined ? [] : ['--env', `${REACH_ENV}=${reach}`]),
        // The stream is the engine's `docker export` (not a disk's): its /.dockerenv is the engine's, left out.
        ...(plan.disk === undefined ? ['--env', `${ENGINE_EXPORT_ENV}=1`] : []),
        '--tmpfs',
        treeTmpfs(plan.rootfsMaxBytes),
        '--tmpfs',
        SCANNER_TMP_TMPFS,
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        ROOTFS_EXTRACT_PY,
        ROOTFS_TREE,
        String(plan.rootfsMaxBytes),
        'stdin',
        targetName,
        ...command,
    ];
}
/** Starts the rootfs scanner attached, its stdin fed by `docker export` (see DockerCommandOptions.stdinFrom). */
function startRootfsScannerArgs(names) {
    return ['start', '--attach', '--interactive', names.scanner];
}

/**
 * mount mode: the target image mounted read-only into the scanner by the engine itself (`--mount
 * type=image`, Docker Engine 28 and later with the containerd image store) and scanned in place with
 * `oscap xccdf eval` and OSCAP_PROBE_ROOT. No export, no copy, no tmpfs for the tree: the scan costs what
 * oscap costs. Pure functions, like commands.ts: every argument is tested without an engine.
 */
/** Where the image is mounted inside the scanner. */
const MOUNTED_TREE = '/stig-gate/tree';
/**
 * The one capability the mount-mode scanner keeps (everything else is dropped). Reading is all it does,
 * but as root without it oscap cannot open a file whose mode denies its owner (`/etc/shadow` is 0000 on
 * RHEL and Fedora) nor list a directory another user keeps private (an application's 0700 cache owned by
 * 65532): measured on target:pylib, the GPOS profile then gives 31 `error` results instead of 81 passes.
 * CAP_DAC_READ_SEARCH bypasses read and search checks only, never write: DAC_OVERRIDE is not needed.
 */
const MOUNT_CAPABILITY = 'DAC_READ_SEARCH';
/** The first Docker Engine release with `--mount type=image`. */
const IMAGE_MOUNT_MIN_ENGINE = 28;
/** What the engine says about itself, for {@link imageMountSupport}: version and storage driver status. */
function engineInfoArgs() {
    return ['info', '--format', '{"version":{{json .ServerVersion}},"driverStatus":{{json .DriverStatus}}}'];
}
/**
 * Parses {@link engineInfoArgs}' output: image mounts need Engine 28 or later and the containerd image store
 * (`driver-type io.containerd.snapshotter.v1` in the storage driver's status; the classic graph drivers
 * have no image mounts). Anything unreadable is "not supported", with the reason.
 */
function imageMountSupport(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout.trim());
    }
    catch {
        return {
            supported: false,
            reason: `docker info gave no engine description: ${stdout.trim().slice(0, 200)}`,
        };
    }
    const version = typeof parsed.version === 'string' ? parsed.version : 'unknown';
    const major = Number(/^(\d+)\./.exec(version)?.[1]);
    const status = Array.isArray(parsed.driverStatus) ? parsed.driverStatus : [];
    const containerdStore = status.some((pair) => Array.isArray(pair) &&
        pair[0] === 'driver-type' &&
        String(pair[1]).startsWith('io.containerd.snapshotter'));
    if (!(major >= IMAGE_MOUNT_MIN_ENGINE)) {
        return {
            supported: false,
            reason: `Docker Engine ${version} has no image mounts (they need Engine ${IMAGE_MOUNT_MIN_ENGINE} or later with the containerd image store)`,
        };
    }
    if (!containerdStore) {
        return {
            supported: false,
            reason: `Docker Engine ${version} does not use the containerd image store, which image mounts need (enable it with "features": {"containerd-snapshotter": true} in daemon.json)`,
        };
    }
    return {
        supported: true,
        reason: `Docker Engine ${version} with the containerd image store mounts images`,
    };
}
/** The target image's id, tags, digests and environment in one line (see parseMountTarget). */
function inspectMountTargetArgs(image) {
    const format = '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}},"env":{{json .Config.Env}}}';
    return ['image', 'inspect', '--format', format, image];
}
function parseMountTarget(stdout) {
    const info = parseImageInfo(stdout);
    const { env } = JSON.parse(stdout.trim());
    if (env !== null && env !== undefined && !(Array.isArray(env) && env.every((e) => typeof e === 'string')))
        throw new Error(`docker image inspect gave no environment list: ${stdout.trim()}`);
    return { info, env: (env ?? []) };
}
/** One `--mount` value for the image, read-only. An image id (`sha256:…`) needs no CSV quoting. */
function imageMount(imageId) {
    return ['type=image', `source=${imageId}`, `target=${MOUNTED_TREE}`, 'readonly'].join(',');
}
/**
 * The mount-mode scanner's exit when the image holds a FIFO: in mount mode the files are the image's own,
 * and a probe that opens a FIFO waits for a writer that never comes, until the scan's timeout. Device
 * nodes are harmless there (the image mount is nodev: opening one fails at once) and so are sockets (open
 * fails with ENXIO). The scan then takes the export path (rootfs mode), which makes each FIFO a socket.
 */
const MOUNT_FIFO_EXIT = 7;
/** The line the scanner prints before {@link MOUNT_FIFO_EXIT}; the FIFOs' paths follow. */
const MOUNT_FIFO_LINE = 'stig-gate-mount: FIFO in the image:';
/**
 * Run in the scanner by `python3 -I -c` ahead of oscap: looks for FIFOs in the mounted tree (a walk by
 * directory entry types, no stat but for entries that are neither file, directory nor link: a second or
 * two on a large image) and exits {@link MOUNT_FIFO_EXIT} naming them; then reads the image's `Env` from
 * standard input as rootfs mode sends it (rootfsStdinHeader: `stig-gate-env <bytes>` and a JSON list), sets
 * OSCAP_CONTAINER_VARS from it and becomes oscap (argv[1:]). On stdin, not the command line: an image's
 * environment can be larger than a command line may be, and `docker inspect` would show it. The paths are
 * printed as Python's repr (escaped), and every line the scan shows passes the inert writer anyway. It
 * also prints the image's os-release as rootfs mode does (for the content-coverage notice).
 */
const MOUNT_ENV_PY = String.raw `
import json, os, stat, sys
root = os.environ["OSCAP_PROBE_ROOT"]
fifos, pending = [], [root]
while pending:
    try:
        entries = list(os.scandir(pending.pop()))
    except OSError:
        continue
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            pending.append(entry.path)
        elif not (entry.is_file(follow_symlinks=False) or entry.is_symlink()):
            try:
                if stat.S_ISFIFO(entry.stat(follow_symlinks=False).st_mode):
                    fifos.append(entry.path[len(root):])
            except OSError:
                pass
if fifos:
    print("${MOUNT_FIFO_LINE}", len(fifos), "; first:", ", ".join(repr(f) for f in fifos[:5]), file=sys.stderr)
    sys.exit(${MOUNT_FIFO_EXIT})
header = sys.stdin.buffer.readline(64)
if not header.startswith(b"stig-gate-env ") or not header.endswith(b"\n"):
    print("stig-gate: error: standard input did not start with the image's environment", file=sys.stderr)
    sys.exit(5)
size = int(header.split()[1])
data = sys.stdin.buffer.read(size)
if len(data) != size:
    print("stig-gate: error: the image's environment on standard input was cut short", file=sys.stderr)
    sys.exit(5)
os.environ["OSCAP_CONTAINER_VARS"] = "\n".join(json.loads(data) or [])
${OS_RELEASE_PY}
print("${ROOTFS_LINE_PREFIX} os-release: " + json.dumps(os_release(os.environ["OSCAP_PROBE_ROOT"])), flush=True)
os.execvp(sys.argv[1], sys.argv[1:])
`;
/**
 * The mount-mode scanner: root with every capability dropped but {@link MOUNT_CAPABILITY},
 * `no-new-privileges`, a read-only root, no network, no engine socket, its own PID namespace; the image
 * mounted read-only by its id (the very image inspected and recorded, whatever its tag points to by then);
 * a small /tmp for the data stream's SCE scripts; the output directory is the one writable mount. oscap
 * runs directly, with oscap-docker's environment: OSCAP_PROBE_ROOT on the mount, OSCAP_EVALUATION_TARGET
 * the target's name (each an argument: nothing reaches a shell) and OSCAP_CONTAINER_VARS the image's `Env`
 * lines, read from stdin by {@link MOUNT_ENV_PY} (`--interactive`; see startRootfsScannerArgs).
 */
function createMountScannerArgs(plan, names, scannerImage, target, targetName) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--interactive',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--user',
        '0:0',
        '--read-only',
        '--cap-drop',
        'ALL',
        '--cap-add',
        MOUNT_CAPABILITY,
        '--security-opt',
        'no-new-privileges',
        ...scannerLimitArgs(plan.limits),
        ...scannerEnvArgs(),
        '--env',
        `OSCAP_PROBE_ROOT=${MOUNTED_TREE}`,
        '--env',
        `OSCAP_EVALUATION_TARGET=${targetName}`,
        '--tmpfs',
        SCANNER_TMP_TMPFS,
        '--mount',
        imageMount(target.info.id),
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        MOUNT_ENV_PY,
        ...rootfsOscapArgs(plan),
    ];
}

/** The files a scan writes into its output directory, and the check that they are complete. */
/** The paths of {@link OUTPUT_FILES} in `dir`. */
function outputPaths(dir) {
    return {
        resultsXml: node_path.join(dir, OUTPUT_FILES.resultsXml),
        resultsArf: node_path.join(dir, OUTPUT_FILES.resultsArf),
        reportHtml: node_path.join(dir, OUTPUT_FILES.reportHtml),
        log: node_path.join(dir, OUTPUT_FILES.log),
        metadata: node_path.join(dir, OUTPUT_FILES.metadata),
    };
}
/** Deletes an earlier run's outputs, so that they can never pass for this run's. */
async function removeStaleOutputs(dir) {
    await Promise.all(Object.values(outputPaths(dir)).map((path) => promises.rm(path, { force: true })));
}
/** The output files that exist and are not empty: what a failed scan keeps for inspection. */
async function producedFiles(dir) {
    const found = [];
    for (const path of Object.values(outputPaths(dir))) {
        const size = await promises.stat(path).then((info) => info.size, () => 0);
        if (size > 0)
            found.push(path);
    }
    return found;
}
/**
 * Reads results.xml in full, checks that results-arf.xml is complete and holds the same rule results, and
 * that report.html was written: oscap's exit code alone does not prove the files are complete. Anything
 * missing, empty, truncated or disagreeing is a {@link ScanError}.
 */
async function readCompleteResults(dir, oscapExitCode) {
    const paths = outputPaths(dir);
    try {
        // The ARF's Rules repeat results.xml's; passing over them halves the reading after the scan.
        const [xccdf, arf] = await Promise.all([
            args.readResultsFile(paths.resultsXml, { evidence: false }),
            args.readResultsFile(paths.resultsArf, { rules: false }),
        ]);
        checkSameResults(xccdf, arf);
        // Only the ARF holds the OVAL results that say why a rule failed.
        xccdf.rules.forEach((rule, i) => {
            const evidence = arf.rules[i].evidence;
            if (evidence)
                rule.evidence = evidence;
        });
        xccdf.evidenceFrom = 'arf';
        const report = await promises.stat(paths.reportHtml).catch(() => null);
        if (!report || report.size === 0)
            throw new Error(`${paths.reportHtml}: oscap wrote no HTML report`);
        return xccdf;
    }
    catch (thrown) {
        throw new ScanError('read results', `oscap exited ${oscapExitCode}, but its output is not complete: ${cli.toError(thrown).message}`);
    }
}
/**
 * The ARF and the XCCDF results of one oscap run list the same rule-results in the same order (a rule
 * checked more than once appears more than once in both).
 */
function checkSameResults(xccdf, arf) {
    const count = Math.max(xccdf.rules.length, arf.rules.length);
    for (let i = 0; i < count; i++) {
        const [inXccdf, inArf] = [xccdf.rules[i], arf.rules[i]];
        if (inXccdf?.ruleId === inArf?.ruleId && inXccdf?.result === inArf?.result)
            continue;
        const describe = (rule) => rule ? `${rule.ruleId} ${rule.result}` : 'nothing';
        throw new Error(`${arf.source} and ${xccdf.source} do not hold the same results: rule-result ${i + 1} is ` +
            `${describe(inArf)} in the one and ${describe(inXccdf)} in the other`);
    }
}
/** What scan.json records: enough to say later exactly what was scanned, with what, and how long it took. */
function scanMetadata(plan, output) {
    return {
        schemaVersion: 1,
        scanId: output.scanId,
        image: plan.image,
        targetDigest: output.targetDigest,
        targetImageId: output.targetImageId,
        scannerImage: plan.scannerImage,
        scannerDigest: output.scannerDigest,
        scannerImageId: output.scannerImageId,
        oscapVersion: output.oscapVersion,
        ...(output.imageOs && { imageOsIds: output.imageOs.ids, imageOsName: output.imageOs.name }),
        mode: plan.mode,
        requestedMode: plan.requestedMode,
        profile: plan.profile,
        oscapExitCode: output.oscapExitCode,
        rawReports: output.rawReports,
        counts: output.results.counts,
        timings: output.timings.map(({ phase, ms }) => ({ phase, seconds: Math.round(ms) / 1000 })),
    };
}
async function writeMetadata(plan, output) {
    await promises.writeFile(output.metadata, `${JSON.stringify(scanMetadata(plan, output), null, 2)}\n`);
}

/**
 * Where oscap is, from its INFO log (rootfs mode gives `--verbose INFO` on stderr): the XCCDF rule being
 * evaluated, the OVAL object being collected and the last file opened. Read so that a scan stopped at its
 * timeout names what it was stuck on; the lines themselves quote collected values (secrets, maybe) and are
 * never kept, logged or shown.
 */
/** oscap's log lines: `I: oscap: …` (and D:, W:, E:). */
const LOG_LINE = /^[DIWE]: oscap: /;
const RULE = /^I: oscap: Evaluating XCCDF rule '([^']+)'/;
const OBJECT = /^I: oscap: Querying (\S+) object '([^']+)'/;
const FILE = /^I: oscap: Opening file '([^']*)'/;
/** The last rule, object and file oscap's log named. */
class OscapProgress {
    treeRoot;
    rule;
    object;
    file;
    /** `treeRoot`: OSCAP_PROBE_ROOT, taken off the front of file paths (they are the image's). */
    constructor(treeRoot = '') {
        this.treeRoot = treeRoot;
    }
    /** Whether `line` is one of oscap's log lines (then it was read here, and is not to be kept). */
    see(line) {
        if (!LOG_LINE.test(line))
            return false;
        const rule = RULE.exec(line);
        if (rule) {
            this.rule = rule[1];
            this.object = undefined;
            this.file = undefined;
            return true;
        }
        const object = OBJECT.exec(line);
        if (object) {
            this.object = `${object[1]} object ${object[2]}`;
            this.file = undefined;
            return true;
        }
        const file = FILE.exec(line);
        if (file?.[1] !== undefined) {
            const path = file[1];
            this.file =
                this.treeRoot !== '' && path.startsWith(this.treeRoot)
                    ? path.slice(this.treeRoot.length) || '/'
                    : path;
        }
        return true;
    }
    /** `rule X (textfilecontent54 object Y, file /etc/z)`, or undefined before the first rule. */
    describe() {
        if (this.rule === undefined)
            return undefined;
        const where = [this.object, this.file && `file ${this.file}`].filter(Boolean).join(', ');
        return `rule ${this.rule}${where ? ` (${where})` : ''}`;
    }
}

/**
 * Running the scanner container under a time limit: the one long step, so it streams, can be stopped, and
 * remembers what oscap-docker created on the way.
 */
const READY_LINE = /^Docker container (\S+) ready to be scanned/;
/** oscap-docker 1.3.x's image mode, which starts a `bash` container; 1.4.x says "Creating a temporary container". */
const RUNS_TEMP_LINE = /^Running given image in a temporary container/;
/**
 * Runs the scanner. On timeout or abort the container is killed (repeatedly, until `docker run` returns, in
 * case it had not been created yet), so the caller's cleanup starts from a stopped scanner.
 *
 * Image mode with oscap-docker 1.3.x: it prints oscap's output only after oscap has exited, then stops its
 * temporary `bash` container with docker's default 10 s grace period, which bash ignores. Killing that
 * container once the first line after "ready to be scanned" arrives saves those 10 s and changes no result:
 * oscap is done. oscap-docker 1.3.8 and later never start their temporary container (they read it with
 * `docker export` and then only remove it), so there is nothing to stop: the kill is sent only after 1.3.x's
 * own "Running given image in a temporary container" line.
 */
async function runScanner(input) {
    const { docker, scannerName } = input;
    const lines = [];
    let readyTemp;
    let runsTemp = false;
    let tempStopRequested = false;
    let stopping;
    let finished = false;
    let timedOut = false;
    let aborted = false;
    const stop = () => {
        stopping ??= (async () => {
            while (!finished) {
                await docker(['kill', scannerName]).catch(() => undefined);
                await new Promise((resolve) => setTimeout(resolve, 500));
            }
        })();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        stop();
    }, input.timeoutMs);
    const onAbort = () => {
        aborted = true;
        stop();
    };
    if (input.signal?.aborted)
        onAbort();
    input.signal?.addEventListener('abort', onAbort, { once: true });
    const started = Date.now();
    const heartbeat = input.onHeartbeat &&
        setInterval(() => input.onHeartbeat?.(Date.now() - started), input.heartbeatMs ?? 30_000);
    const progress = new OscapProgress(input.treeRoot);
    const onLine = (raw, stream) => {
        // oscap's INFO log: read for where it is, never kept (it quotes collected values).
        if (stream === 'stderr' && progress.see(raw))
            return;
        const line = input.redact(raw);
        if (lines.length === 0)
            input.onRunning?.();
        lines.push(line);
        input.onLine?.(line);
        if (RUNS_TEMP_LINE.test(line))
            runsTemp = true;
        const ready = READY_LINE.exec(line);
        if (ready?.[1]) {
            readyTemp = ready[1];
        }
        else if (input.fastTempStop && runsTemp && readyTemp && !tempStopRequested && stream === 'stdout') {
            tempStopRequested = true;
            docker(['kill', readyTemp]).catch(() => undefined);
        }
    };
    let exitCode;
    let source;
    try {
        const result = await docker(input.args, {
            onLine,
            ...(input.stdinFrom && { stdinFrom: input.stdinFrom }),
            ...(input.stdinPrefix && { stdinPrefix: input.stdinPrefix }),
        });
        exitCode = result.exitCode;
        source = result.source && {
            ...result.source,
            stderr: input.redact(result.source.stderr),
        };
    }
    finally {
        finished = true;
        clearTimeout(timer);
        if (heartbeat)
            clearInterval(heartbeat);
        input.signal?.removeEventListener('abort', onAbort);
        await stopping;
    }
    const inProgress = progress.describe();
    return {
        exitCode,
        output: lines.join('\n'),
        timedOut,
        aborted,
        ...(inProgress !== undefined && { inProgress }),
        ...(source && { source }),
    };
}
/**
 * Tells a scanner the engine never started (e.g. no oscap-docker in the image: `docker start` then exits 1)
 * from a scanner that ran and failed, from the container's own state: docker's exit code alone cannot.
 * Undefined when it started, or when its state cannot be read.
 */
async function scannerStartFailure(docker, names) {
    const state = await docker(scannerStateArgs(names)).catch(() => undefined);
    if (state?.exitCode !== 0)
        return undefined;
    try {
        const { Error: error, ExitCode: exitCode } = JSON.parse(state.stdout);
        if (typeof error !== 'string' || error === '')
            return undefined;
        return { error, exitCode: typeof exitCode === 'number' ? exitCode : -1 };
    }
    catch {
        return undefined;
    }
}
/** Whether the engine killed the scanner for its memory limit (the container's `State.OOMKilled`). */
async function scannerOomKilled(docker, names) {
    const state = await docker(scannerStateArgs(names)).catch(() => undefined);
    if (state?.exitCode !== 0)
        return false;
    try {
        return JSON.parse(state.stdout).OOMKilled === true;
    }
    catch {
        return false;
    }
}

/**
 * oscap's own results files (results-arf.xml, results.xml) with what it collected from the image redacted
 * by the same rules as the reports' evidence (why/redact.ts): each OVAL item's fields through
 * {@link redactItemFields}, variable values through {@link redactVariableValue}, and oscap's messages and
 * SCE script output (`check-import`) through {@link redactText}. Everything else is written back as read.
 *
 * Read and written by fast-xml-parser, whole, names as written: the data stream the ARF embeds
 * (`report-requests`) and OVAL results' copy of the definitions are stop nodes, kept as their bytes, never
 * parsed (nothing in them comes from the image, and they are most of a real ARF). Entities: the five
 * predefined ones and character references only; a DTD is refused (see xml-fragment.ts).
 */
const TEXT = '#text';
const CDATA = '#cdata';
const COMMENT = '#comment';
const ATTRIBUTES = ':@';
/** Parts of a results file kept as their bytes: the content as given to oscap, holding nothing it read. */
const KEPT_AS_WRITTEN = ['*.arf:report-requests', '*.oval_definitions'];
const parser = new args.XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: false,
    ignorePiTags: false,
    commentPropName: COMMENT,
    cdataPropName: CDATA,
    entityDecoder: args.entityDecoder,
    stopNodes: KEPT_AS_WRITTEN,
    maxNestedTags: 1000,
});
const builder$1 = new Builder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    commentPropName: COMMENT,
    cdataPropName: CDATA,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
    stopNodes: KEPT_AS_WRITTEN,
});
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
/** The element name of an ordered node (its one key that is not the attributes). */
function tagOf(node) {
    for (const key in node)
        if (key !== ATTRIBUTES)
            return key;
    return undefined;
}
function childrenOf(node, tag) {
    const value = node[tag];
    return Array.isArray(value) ? value : [];
}
/** All text inside, CDATA included, in document order. */
function textOf(nodes) {
    let text = '';
    for (const node of nodes) {
        const tag = tagOf(node);
        if (tag === TEXT)
            text += String(node[TEXT]);
        else if (tag !== undefined && tag !== COMMENT && !tag.startsWith('?'))
            text += textOf(childrenOf(node, tag));
    }
    return text;
}
/** An element's content replaced by one text (CDATA kept as CDATA). */
function setText(node, tag, text) {
    const cdata = childrenOf(node, tag).some((child) => tagOf(child) === CDATA);
    node[tag] = cdata ? [{ [CDATA]: [{ [TEXT]: text }] }] : [{ [TEXT]: text }];
}
class Redactor {
    replaced = 0;
    /** An element's whole text through `redact`, replaced when it changed. */
    redactElement(node, tag, redact) {
        const before = textOf(childrenOf(node, tag));
        const after = redact(before);
        if (after === before)
            return;
        setText(node, tag, after);
        this.replaced++;
    }
    /** An OVAL item: its fields (child elements, by local name) through the evidence's item rules. */
    redactItem(item, tag) {
        const elements = childrenOf(item, tag).filter((child) => {
            const name = tagOf(child);
            return name !== undefined && name !== TEXT && name !== COMMENT && name !== CDATA;
        });
        const fields = elements.map((element) => {
            const name = tagOf(element);
            return { name: localName(name), value: textOf(childrenOf(element, name)) };
        });
        const redacted = args.redactItemFields(localName(tag), fields);
        redacted.forEach((field, i) => {
            if (field.value === fields[i].value)
                return;
            const element = elements[i];
            setText(element, tagOf(element), field.value);
            this.replaced++;
        });
    }
    walk(nodes, inSystemData = false) {
        for (const node of nodes) {
            const tag = tagOf(node);
            if (tag === undefined || tag === TEXT || tag === COMMENT || tag === CDATA || tag.startsWith('?'))
                continue;
            const name = localName(tag);
            if (inSystemData)
                this.redactItem(node, tag);
            else if (name === 'variable_value' || name === 'tested_variable')
                this.redactElement(node, tag, args.redactVariableValue);
            else if (name === 'message' || name === 'check-import')
                this.redactElement(node, tag, args.redactText);
            else
                this.walk(childrenOf(node, tag), name === 'system_data');
        }
    }
}
/**
 * `xml` (an ARF, XCCDF results or OVAL results document) with every value oscap read from the image
 * redacted; `source` names it in errors. Throws {@link XmlFragmentError} for what is not well-formed XML or
 * holds a DTD.
 */
function redactResultsDocument(xml, source) {
    let tree;
    try {
        tree = parser.parse(xml);
    }
    catch (error) {
        if (error instanceof args.XmlFragmentError)
            throw new args.XmlFragmentError(`${source}: ${error.message}`);
        throw new args.XmlFragmentError(`${source}: not XML stig-gate can redact: ${error.message}`);
    }
    const redactor = new Redactor();
    redactor.walk(tree);
    const built = builder$1.build(tree);
    return { xml: built, replaced: redactor.replaced };
}

/**
 * oscap's own files, redacted in the output folder once the results are read (see
 * results/redact-document.ts): results-arf.xml and results.xml rewritten with what oscap collected from
 * the image redacted as the reports' evidence is, and report.html made again from the redacted ARF by the
 * scanner's own oscap (`oscap xccdf generate report`), so that the HTML an assessor opens is oscap's and
 * holds no secret either. The originals' sha256 are recorded (scan.json, evidence.json), so that an
 * assessor given them later can tell they are this scan's.
 *
 * The report container is the least a report needs: no network, a read-only root, no capability, no new
 * privileges, the scanner's limits, and one mount, the redacted ARF, read-only; oscap writes the HTML to
 * its standard output.
 */
/** Where the report container sees the redacted ARF. */
const ARF_IN_REPORTER = '/stig-gate/in/results-arf.xml';
/**
 * `docker run` of `oscap xccdf generate report` on the redacted ARF, printing the HTML. Named and labelled
 * as the scan's, so that the scan's cleanup removes it whatever happens.
 */
function reportContainerArgs(plan, names, scannerImage, arf) {
    return [
        'run',
        '--rm',
        '--pull=never',
        '--name',
        `stig-gate-${names.id}-report`,
        '--label',
        names.label,
        '--network',
        'none',
        '--read-only',
        '--cap-drop',
        'ALL',
        '--security-opt',
        'no-new-privileges',
        ...scannerLimitArgs(plan.limits),
        '--mount',
        bindMount(arf, ARF_IN_REPORTER, true),
        '--entrypoint',
        'oscap',
        scannerImage,
        'xccdf',
        'generate',
        'report',
        ARF_IN_REPORTER,
    ];
}
function sha256(data) {
    return node_crypto.createHash('sha256').update(data).digest('hex');
}
/** Writes `data` to `path` through a file beside it, so that no reader ever sees half of it. */
async function replaceFile(path, data) {
    const next = `${path}.redacting`;
    await promises.writeFile(next, data);
    await promises.rename(next, path);
}
async function redactXmlFile(path) {
    const original = await promises.readFile(path);
    const { xml, replaced } = redactResultsDocument(original.toString('utf8'), node_path.basename(path));
    // Nothing to redact: the file stays byte for byte as oscap wrote it.
    if (replaced > 0)
        await replaceFile(path, xml);
    return { name: node_path.basename(path), unredactedSha256: sha256(original), replaced };
}
/**
 * Redacts results-arf.xml and results.xml in place and makes report.html again from the redacted ARF in
 * a container of `scannerImage` (not when neither held anything to redact: oscap's report is made from
 * what its ARF holds, so it holds nothing either, and the container's seconds are spared). Any failure is
 * the step "redact reports", and oscap's three files are deleted rather than left unredacted.
 */
async function redactOscapOutputs(docker, plan, names, paths) {
    try {
        const [arf, xccdf] = await Promise.all([
            redactXmlFile(paths.resultsArf),
            redactXmlFile(paths.resultsXml),
        ]);
        const originalReport = await promises.readFile(paths.reportHtml);
        const report = { name: node_path.basename(paths.reportHtml), unredactedSha256: sha256(originalReport) };
        if (arf.replaced === 0 && xccdf.replaced === 0)
            return { handling: 'redacted', files: [arf, xccdf, { ...report, replaced: 0 }] };
        const made = await docker(reportContainerArgs(plan, names, plan.scannerImage, paths.resultsArf));
        if (made.exitCode !== 0 || !/<html/i.test(made.stdout)) {
            throw new Error(`oscap xccdf generate report exited ${made.exitCode}: ${lastLines(made.stderr) || '(no output)'}`);
        }
        await replaceFile(paths.reportHtml, made.stdout);
        return { handling: 'redacted', files: [arf, xccdf, report] };
    }
    catch (thrown) {
        const files = [paths.resultsArf, paths.resultsXml, paths.reportHtml];
        await Promise.all(files.map((file) => promises.rm(file, { force: true })));
        throw new ScanError('redact reports', `${cli.toError(thrown).message}; oscap's results-arf.xml, results.xml and report.html were deleted rather ` +
            'than left unredacted (--upload-raw-reports, upload-raw-reports: true, keeps them as oscap wrote them)');
    }
}

/** Keeping a registry password out of what a scan prints and reports. */
/**
 * A secret and, when it spans lines (a registry's JSON key, as `_json_key` logins take), each of its lines
 * of 8 characters or more: a tool that prints it may print one line of it.
 */
function secretParts(secret) {
    if (secret === '')
        return [];
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    return [secret, ...lines.filter((line) => line.length >= 8 && line !== secret)];
}
/** Replaces each secret in `text` with `***`. */
function redact(text, secrets) {
    return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('***')), text);
}
/**
 * `error` with every secret replaced, whatever it is: a {@link ScanError}'s detail, any other error's
 * message and stack (a bug's stack is printed whole). docker's own words may quote what it was given.
 */
function redactError(error, secrets) {
    if (secrets.every((secret) => secret === ''))
        return error;
    if (error instanceof ScanError)
        return new ScanError(error.step, redact(error.detail, secrets), error.produced, error.scanId);
    error.message = redact(error.message, secrets);
    if (error.stack)
        error.stack = redact(error.stack, secrets);
    return error;
}

/**
 * One scan, end to end: check the options, reach the engine, pull both images, run oscap-docker in the
 * scanner, make sure the results are complete, and remove every container on every path.
 */
const quietLogger = { info: () => undefined, warning: () => undefined };
/**
 * 12 random hex digits, for the scan's container names and label: they must not collide with another scan's
 * in the same engine (docker would refuse the name), and are no secret. Not node:crypto, which took ~5 ms of
 * every run's start to load.
 */
function newScanId() {
    const part = () => Math.floor(Math.random() * 0x1000000)
        .toString(16)
        .padStart(6, '0');
    return part() + part();
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
/** Runs one phase: logs its start and its duration, records the timing, stops first if the scan was aborted. */
async function phase(run, name, what, work) {
    if (run.plan.signal?.aborted && name !== 'clean up')
        throw new ScanError(name, 'interrupted');
    run.log.info(`${name}${what ? `: ${what}` : ''}`);
    const started = performance.now();
    let ok = false;
    try {
        const result = await work();
        ok = true;
        return result;
    }
    catch (thrown) {
        // A user-fixable problem met on the way (e.g. no docker CLI) still names the step it stopped.
        if (thrown instanceof cli.ConfigurationError && !(thrown instanceof ScanError) && name !== 'clean up') {
            throw new ScanError(name, thrown.message);
        }
        throw thrown;
    }
    finally {
        const ms = performance.now() - started;
        run.timings.push({ phase: name, ms });
        run.log.info(`${name}: ${ok ? 'done in' : 'failed after'} ${seconds(ms)}`);
    }
}
/**
 * Scans `options.image` with oscap-docker in `options.scannerImage`. Resolves only for complete results
 * (oscap exit 0 or 2, results.xml and results-arf.xml read in full, report.html written); everything else
 * rejects with a {@link ScanError} naming the step and listing what was produced. Containers (and the
 * labelled image of image mode) are removed on every path, including timeout and `options.signal`.
 * `runner` defaults to the docker CLI; `logger` to silence.
 */
async function scanImage(options, runner, logger = quietLogger) {
    const secrets = options.registry ? secretParts(options.registry.password) : [];
    // What the scanner prints can quote the image (a value oscap collected, on a line of its own): the
    // evidence's redaction runs on every line kept or shown, after the registry password's.
    const clean = (text) => args.redactText(redact(text, secrets));
    const log = {
        info: (message) => logger.info(clean(message)),
        warning: (message) => logger.warning(clean(message)),
        ...(logger.detail && { detail: (line) => logger.detail?.(clean(line)) }),
    };
    let plan;
    let docker;
    try {
        plan = await imageKey.planScan(options);
        docker = connectionChecked(runner ?? execDockerRunner(plan.dockerHost), plan.dockerHost);
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof cli.ConfigurationError)
            throw new ScanError('check options', clean(error.message));
        throw error;
    }
    // Made ready while the images are pulled; nothing is created before it is (see scanWithEngine).
    const outputReady = prepareOutputDir(plan.outputDir);
    outputReady.catch(() => undefined);
    const run = {
        plan,
        docker,
        outputReady,
        names: scanNames(newScanId()),
        log,
        redact: clean,
        timings: [],
        making: new Set(),
        defaultRunner: runner === undefined,
        ...(options.onResults && { onResults: options.onResults }),
        ...(options.whileScanning && { whileScanning: options.whileScanning }),
    };
    try {
        return await scanWithEngine(run);
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof ScanError) {
            // A scan that stopped early (a failed login) may stop while an earlier run's outputs are still being
            // deleted: they must not be listed as kept from this one.
            await outputReady.catch(() => undefined);
            throw new ScanError(error.step, clean(error.detail), await producedFiles(plan.outputDir), run.names.id);
        }
        throw redactError(error, secrets);
    }
}
/**
 * Creates the output directory and deletes an earlier run's outputs from it, so that they can never pass
 * for this run's; a failure is the step "check options", naming the directory.
 */
async function prepareOutputDir(dir) {
    try {
        await promises.mkdir(dir, { recursive: true });
        await removeStaleOutputs(dir);
    }
    catch (thrown) {
        throw new ScanError('check options', `output directory ${dir}: ${cli.toError(thrown).message}`);
    }
}
/**
 * Rejects as interrupted at `step()` when `signal` aborts, unless `step()` is undefined then (that side was
 * done); never settles otherwise.
 */
function interrupted(signal, step) {
    const stop = new Promise((_, reject) => {
        const onAbort = () => {
            const at = step();
            if (at !== undefined)
                reject(new ScanError(at, 'interrupted'));
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    // Raced, never awaited alone: its rejection must not count as unhandled when nothing waits for it anymore.
    stop.catch(() => undefined);
    return stop;
}
/** The first rejection among `settled`, in the order given (the likelier cause first), else the values. */
function firstFailure(settled) {
    return settled.find((s) => s.status === 'rejected')?.reason;
}
/**
 * There is no separate engine check (a `docker version` beside the pulls cost a docker process every run):
 * the first command that finds no engine fails the step "connect to docker". The scanner's own output is
 * not judged this way: what oscap-docker prints inside comes from the scanner, not from this side's CLI.
 */
function connectionChecked(docker, dockerHost) {
    return async (args, options) => {
        let result;
        try {
            result = await docker(args, options);
        }
        catch (thrown) {
            // The runner's user error: no docker CLI on PATH. A process the system refused is the step's own.
            if (thrown instanceof cli.ConfigurationError &&
                !(thrown instanceof ScanError) &&
                !(thrown instanceof DockerSpawnError))
                throw new ScanError('connect to docker', thrown.message);
            throw thrown;
        }
        if (options?.onLine === undefined && isEngineUnreachable(result))
            throw new ScanError('connect to docker', describeConnectFailure(result, dockerHost));
        return result;
    };
}
/**
 * Everything after the options check. Steps that do not depend on each other overlap, as a by-hand run of
 * the recipe cannot: the two pulls run together and while the output directory is prepared, the target is
 * started as soon as its own image is in, the scanner container is created meanwhile, the images are
 * recorded while the scanner runs, and the results are read while the containers are removed.
 */
async function scanWithEngine(run) {
    const { plan, docker, names } = run;
    let login;
    const logOut = async () => {
        const closing = login;
        login = undefined;
        await closing
            ?.close()
            .catch((error) => run.log.warning(`docker logout failed: ${cli.toError(error).message}`));
    };
    // Set when a container or image of this scan may exist: from then on every path removes them.
    let created = false;
    let cleaning;
    // Set when the scan stops before the scanner exists: it is then never created. A creation under way is
    // waited for before the cleanup (see beforeDeadline), which would otherwise miss what it makes.
    let stopping = false;
    let recording;
    // What each side is doing, for the step an interrupt names.
    let targetStep = plan.disk === undefined ? 'pull target' : 'read disk';
    let scannerStep = 'pull scanner';
    try {
        const credentials = plan.registry;
        if (credentials) {
            login = await phase(run, 'log in to registry', `${credentials.server} as ${credentials.username}`, () => logIn(docker, credentials));
            if (![plan.image, plan.scannerImage].some((ref) => imageKey.registryOf(ref) === credentials.server)) {
                run.log.warning(`registry credentials were given for ${credentials.server}, but neither image is from there`);
            }
        }
        const diskPath = plan.disk;
        const pullingTarget = diskPath === undefined
            ? phase(run, 'pull target', `${plan.image} (pull ${plan.pull})`, () => ensureImage(docker, plan.image, plan.pull, 'pull target', login))
            : phase(run, 'read disk', `${diskPath} (qemu-img info, sha256)`, async () => {
                run.disk = await readDisk(diskPath);
                run.log.info(`read disk: ${run.disk.format}, sha256:${run.disk.sha256}`);
            });
        // A set of images pulls the scanner once, before its scans (see src/pipeline/fleet.ts).
        const pullingScanner = plan.scannerReady
            ? Promise.resolve()
            : phase(run, 'pull scanner', `${plan.scannerImage} (pull ${plan.pull})`, () => ensureImage(docker, plan.scannerImage, plan.pull, 'pull scanner', login));
        // `auto` and `mount` ask the engine whether it mounts images, while the images are pulled.
        const choosingMode = chooseMode(run);
        choosingMode.catch(() => undefined);
        let targetEnv = [];
        const preparing = (async () => {
            await pullingTarget;
            await choosingMode;
            await run.outputReady;
            targetStep = plan.mode === 'container' ? 'start target' : 'prepare target';
            created = true;
            // The scan timeout covers this step and the scanner, not the pulls: it starts here, and the scanner
            // gets what this step left of it (see runTheScanner).
            const started = performance.now();
            targetEnv = await prepareTarget(run, started + plan.timeoutMs, () => {
                // From here an interrupt is the scanner side's, or the scanner's own.
                targetStep = undefined;
            });
            return performance.now() - started;
        })();
        // rootfs mode extracts only what the content can read: decided while the target is prepared.
        const extracting = plan.mode === 'rootfs'
            ? pullingScanner.then(async () => {
                // A scan already stopping makes no scanner, so it needs no reach (and must start no container).
                if (stopping)
                    return undefined;
                // It runs a container (the scanner image printing its data stream): one the cleanup waits for,
                // as a scan that fails meanwhile (a target refused at "prepare target") must leave none behind.
                const choosing = chooseExtraction(plan, docker, names.label);
                run.making.add(choosing);
                choosing.finally(() => run.making.delete(choosing)).catch(() => undefined);
                const choice = await choosing;
                run.log.info(`extract: ${choice.note}`);
                return choice.spec;
            })
            : Promise.resolve(undefined);
        // Awaited before the scanner is made; a failed pull is reported by the pull's own step.
        extracting.catch(() => undefined);
        const scannerReady = (async () => {
            await pullingScanner;
            await run.outputReady;
            await choosingMode;
            // rootfs and mount mode's scanner is given the target's environment (and mount mode's the image id),
            // read in the step "prepare target".
            if (plan.mode === 'rootfs' || plan.mode === 'mount')
                await preparing;
            const reach = await extracting;
            if (stopping)
                return;
            scannerStep = 'create scanner';
            created = true;
            await phase(run, 'create scanner', names.scanner, () => createScanner(run, reach));
        })();
        // A failed start or an interrupt must not wait for the scanner's pull to end: the cleanup runs at once
        // (the pull finishes on its own, and the scanner is then not created).
        const scannerOrStop = Promise.race([
            scannerReady,
            preparing.then(() => scannerReady),
            interrupted(plan.signal, () => scannerStep),
        ]);
        const preparedOrStop = Promise.race([preparing, interrupted(plan.signal, () => targetStep)]);
        // A bad output directory first (it was an option), then the target's failure, as the likelier mistake.
        const settled = await Promise.allSettled([
            run.outputReady,
            pullingTarget,
            choosingMode,
            preparedOrStop,
            scannerOrStop,
        ]);
        await logOut();
        const failure = firstFailure(settled);
        if (failure !== undefined)
            throw failure;
        const prepareMs = await preparing;
        // Selective extraction that met a file it had left out (rootfs-script.ts, exit 6): the scanner is made
        // again extracting every file, and the image exported again.
        const extractAll = async () => {
            await docker(['rm', '--force', names.scanner]);
            await createScanner(run);
        };
        const scanning = runTheScanner(run, performance.now() + plan.timeoutMs - prepareMs, targetEnv, extractAll);
        // Awaited just below; until then a rejection must not count as unhandled.
        scanning.catch(() => undefined);
        // rootfs and image mode record the never-started container made from the target; mount mode the image
        // mounted, by the id it was mounted by; a disk its digest.
        const targetContainer = plan.mode === 'container' ? names.target : names.source;
        const mounted = run.mountTarget?.info;
        const disk = run.disk;
        recording = phase(run, 'record images', 'what the target and the scanner were created from', () => (mounted
            ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [mounted, ...scanner])
            : disk !== undefined
                ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [diskImageInfo(disk), ...scanner])
                : imagesOfContainers(docker, [targetContainer, names.scanner])).catch((thrown) => {
            throw new ScanError('record images', cli.toError(thrown).message);
        }));
        // Awaited after the scanner; until then a rejection must not count as unhandled.
        recording.catch(() => undefined);
        const { oscapExitCode, writingLog, imageOs } = await scanning;
        // Done long before the scanner (it is two quick docker commands); it must be, before the removal.
        const [target, scanner] = (await recording);
        // Cleanup first: reading is synchronous work that would otherwise hold back the removal's start.
        cleaning = cleanUp(run);
        await writingLog;
        const reading = readCompleteResults(plan.outputDir, oscapExitCode);
        // Awaited in the phase below; until then a rejection must not count as unhandled.
        reading.catch(() => undefined);
        run.log.info(`target ${recordedDigest(plan.image, target)}; scanner ${recordedDigest(plan.scannerImage, scanner)}`);
        const results = await phase(run, 'read results', plan.outputDir, () => reading);
        run.onResults?.(results, {
            targetDigest: recordedDigest(plan.image, target),
            scannerDigest: recordedDigest(plan.scannerImage, scanner),
            mode: plan.mode,
        });
        await cleaning;
        const paths = outputPaths(plan.outputDir);
        // After the cleanup: the report container is the scan's last, labelled as its own, and gone with --rm.
        const rawReports = plan.unredactedReports
            ? { handling: 'unredacted', files: [] }
            : await phase(run, 'redact reports', "oscap's results-arf.xml, results.xml and report.html", () => redactOscapOutputs(docker, plan, names, paths));
        const output = {
            scanId: names.id,
            mode: plan.mode,
            requestedMode: plan.requestedMode,
            outputDir: plan.outputDir,
            ...paths,
            rawReports,
            oscapExitCode,
            targetDigest: recordedDigest(plan.image, target),
            scannerDigest: recordedDigest(plan.scannerImage, scanner),
            targetImageId: target.id,
            scannerImageId: scanner.id,
            ...(imageOs && { imageOs }),
            // Read from the results, not from a second container running `oscap --version`: it is the very
            // binary that evaluated, and costs the scan nothing.
            oscapVersion: results.scanner.version ?? 'unknown',
            results,
            timings: run.timings,
        };
        await writeMetadata(plan, output);
        return output;
    }
    finally {
        stopping = true;
        await logOut();
        if (cleaning)
            await cleaning;
        else if (created) {
            // Commands still making containers (cut short by the timeout or an interrupt) or reading them are let
            // finish first, within a grace period, so that what they make is removed too.
            const inTime = await settleWithin([...run.making, ...(recording ? [recording] : [])], MAKING_GRACE_MS);
            await cleanUp(run);
            if (!inTime) {
                run.log.warning(`a docker command stopped by the scan had not returned ${MAKING_GRACE_MS / 1000} s later; if it still ` +
                    `makes a container, remove it with: docker rm -f $(docker ps -aq --filter label=${names.label})`);
            }
        }
    }
}
/** How long the cleanup waits for a docker command that was making a container when the scan stopped. */
const MAKING_GRACE_MS = 5000;
/** Whether all of `work` settled within `ms`. */
async function settleWithin(work, ms) {
    if (work.length === 0)
        return true;
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
    });
    try {
        return await Promise.race([Promise.allSettled(work).then(() => true), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Starts the target (container mode), makes its labelled copy (image mode) or creates it unstarted and
 * reads its environment (rootfs mode), within the scan timeout; `onReady` is called as soon as it is
 * ready, before the step's end is logged. Resolves to the target's environment in rootfs mode, else [].
 */
async function prepareTarget(run, deadline, onReady) {
    const { plan, docker, names } = run;
    // A disk is no container: its files are streamed when the scanner runs, and it has no environment.
    if (run.disk !== undefined) {
        onReady();
        return [];
    }
    if (plan.mode === 'mount') {
        await phase(run, 'prepare target', `${plan.image}, mounted read-only into the scanner`, async () => {
            run.mountTarget = await beforeDeadline(run, inspectMountTarget(docker, plan.image), deadline, 'prepare target');
            onReady();
        });
        return run.mountTarget?.env ?? [];
    }
    if (plan.mode === 'rootfs') {
        return phase(run, 'prepare target', `${names.source}, created and never started`, async () => {
            const env = await beforeDeadline(run, createRootfsSource(docker, names, plan.image), deadline, 'prepare target');
            onReady();
            return env;
        });
    }
    if (plan.mode === 'container') {
        await phase(run, 'start target', names.target, async () => {
            const started = await beforeDeadline(run, docker(startTargetArgs(names, plan.image)), deadline, 'start target');
            if (started.exitCode !== 0)
                throw new ScanError('start target', describeStartFailure(plan.image, started));
            onReady();
        });
    }
    else {
        await phase(run, 'prepare target', `labelled copy ${names.labelledImage}`, async () => {
            await beforeDeadline(run, prepareLabelledImage(docker, names, plan.image), deadline, 'prepare target');
            onReady();
        });
    }
    return [];
}
/**
 * Creates the scanner container, to be started once the target is ready; bounded by the scan timeout.
 * `reach`: what rootfs mode extracts (see rootfs-reach.ts). The target's environment is not an argument:
 * rootfs and mount mode's scanner reads it on stdin (see runTheScanner).
 */
async function createScanner(run, reach) {
    const { plan, docker, names } = run;
    const target = plan.mode === 'container' ? names.target : names.labelledImage;
    const args = plan.mode === 'mount' && run.mountTarget
        ? createMountScannerArgs(plan, names, plan.scannerImage, run.mountTarget, plan.image)
        : plan.mode === 'rootfs'
            ? createRootfsScannerArgs(plan, names, plan.scannerImage, plan.image, undefined, reach)
            : createScannerArgs(plan, names, plan.scannerImage, target);
    const created = await beforeDeadline(run, docker(args), performance.now() + plan.timeoutMs, 'create scanner');
    if (created.exitCode !== 0)
        throw new ScanError('create scanner', describeScannerCreateFailure(plan.scannerImage, created));
}
/**
 * Docker commands that make the target or the scanner, bounded by the scan timeout: a hung engine fails the
 * step there instead of waiting for the job's own time limit. The command may linger after a timeout (or
 * an interrupt); it stays in `run.making` until it returns, and the cleanup waits for it.
 */
async function beforeDeadline(run, work, deadline, step) {
    run.making.add(work);
    work
        .finally(() => run.making.delete(work))
        // Its failure is reported through the race below; this side chain only tracks it.
        .catch(() => undefined);
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ScanError(step, 'did not finish within the scan timeout; is the Docker engine responding?')), Math.max(1, deadline - performance.now()));
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Runs oscap-docker in the scanner until the deadline; returns oscap's 0 or 2 and the writing of scan.log,
 * under way (the cleanup need not wait for it). Anything else is an error, thrown once the log is written.
 * `targetEnv`: rootfs mode's target environment, for oscap's environment-variable checks (on stdin).
 */
async function runTheScanner(run, deadline, targetEnv, extractAll) {
    const { plan, docker, names } = run;
    const targetArg = plan.mode === 'container' ? names.target : names.labelledImage;
    const logFile = outputPaths(plan.outputDir).log;
    const rootfs = plan.mode === 'rootfs';
    const ran = await phase(run, 'run scanner', rootfs
        ? `${run.disk ? `guestfish -i tar-out ${run.disk.name}` : `docker export ${names.source}`} | extract in the scanner + oscap xccdf eval (profile ${plan.profile})`
        : plan.mode === 'mount'
            ? `oscap xccdf eval on ${plan.image} mounted read-only (profile ${plan.profile})`
            : `oscap-docker ${plan.mode} ${targetArg} (profile ${plan.profile})`, () => runScanner({
        docker,
        // rootfs and mount mode's scanner reads the image's environment (and rootfs mode's tree) on stdin.
        args: rootfs || plan.mode === 'mount' ? startRootfsScannerArgs(names) : startScannerArgs(names),
        ...(rootfs && {
            stdinFrom: run.disk ? diskTarOutCommand(run.disk) : exportTargetArgs(names),
            stdinPrefix: rootfsStdinHeader(targetEnv),
        }),
        ...(plan.mode === 'mount' && { stdinPrefix: rootfsStdinHeader(targetEnv) }),
        scannerName: names.scanner,
        timeoutMs: Math.max(1, deadline - performance.now()),
        ...(plan.signal && { signal: plan.signal }),
        ...(run.log.detail && { onLine: run.log.detail }),
        ...(run.whileScanning && { onRunning: run.whileScanning }),
        onHeartbeat: (ms) => run.log.info(`run scanner: still running after ${seconds(ms)}`),
        fastTempStop: plan.mode === 'image',
        redact: run.redact,
        ...(rootfs && { treeRoot: ROOTFS_TREE }),
        ...(plan.mode === 'mount' && { treeRoot: MOUNTED_TREE }),
    }));
    if (rootfs &&
        extractAll !== undefined &&
        ran.exitCode === ROOTFS_EXIT.incomplete &&
        !ran.timedOut &&
        !ran.aborted) {
        run.log.warning(`extract: ${lastLines(ran.output, 1)}; extracting every file of ${plan.image} and scanning again`);
        await extractAll();
        return runTheScanner(run, deadline, targetEnv);
    }
    if (plan.mode === 'mount' && ran.exitCode === MOUNT_FIFO_EXIT && !ran.timedOut && !ran.aborted) {
        await exportInstead(run, ran.output);
        return runTheScanner(run, deadline, targetEnv, extractAll);
    }
    const writingLog = promises.writeFile(logFile, `${ran.output}\n`);
    // Awaited by the caller after it has started the cleanup; until then a failure must not count as unhandled.
    writingLog.catch(() => undefined);
    // An export that failed on its own fed the scanner a stream cut short: whatever oscap then said, the tree
    // was not the image, and its results are no scan of it.
    const exportFailed = rootfs && ran.source !== undefined && ran.source.exitCode !== 0 && !ran.source.stopped;
    if (ran.timedOut || ran.aborted || exportFailed || (ran.exitCode !== 0 && ran.exitCode !== 2)) {
        // The scanner's failure is the error to report; without its log, it is just not listed as kept.
        await writingLog.catch(() => undefined);
        const startFailure = ran.timedOut || ran.aborted ? undefined : await scannerStartFailure(docker, names);
        const limitHit = ran.aborted
            ? undefined
            : describeLimitHit(plan.limits, {
                oomKilled: await scannerOomKilled(docker, names),
                exitCode: ran.exitCode,
                output: ran.output,
            });
        throw new ScanError('run scanner', describeScannerFailure({
            exitCode: startFailure?.exitCode ?? ran.exitCode,
            ...(startFailure && { startError: run.redact(startFailure.error) }),
            output: ran.output,
            ...(ran.source && { source: ran.source }),
            scannerImage: plan.scannerImage,
            image: plan.image,
            ...(run.disk && { disk: true }),
            mode: plan.mode,
            ...(ran.timedOut && { timedOutAfterMs: plan.timeoutMs }),
            ...(ran.inProgress !== undefined && { inProgress: ran.inProgress }),
            ...(limitHit !== undefined && { limitHit }),
            aborted: ran.aborted,
            logFile,
        }));
    }
    // rootfs and mount mode's programs print the image's os-release before oscap runs.
    const imageOs = rootfs || plan.mode === 'mount' ? imageOsFromOutput(ran.output) : undefined;
    return { oscapExitCode: ran.exitCode, writingLog, ...(imageOs && { imageOs }) };
}
/**
 * mount mode met a FIFO in the image (see MOUNT_FIFO_EXIT): a probe opening it would wait until the
 * timeout. The scan takes the export path instead, rootfs mode, where FIFOs become sockets that no open()
 * waits on; the target is the very image that was mounted (by id), and the log says why.
 */
async function exportInstead(run, output) {
    const { plan, docker, names } = run;
    const found = output.split('\n').find((line) => line.includes(MOUNT_FIFO_LINE)) ?? MOUNT_FIFO_LINE;
    run.log.warning(`${found.trim()}: a check reading it in place would wait until the timeout; scanning the image's export (rootfs mode) instead, where a FIFO is a socket`);
    plan.mode = 'rootfs';
    await docker(['rm', '--force', names.scanner]);
    const image = run.mountTarget?.info.id ?? plan.image;
    await createRootfsSource(docker, names, image).catch((thrown) => {
        throw new ScanError('run scanner', `rootfs fallback: ${cli.toError(thrown).message}`);
    });
    const choice = await chooseExtraction(plan, docker, names.label);
    run.log.info(`extract: ${choice.note}`);
    await createScanner(run, choice.spec);
}
/** Removes the scan's containers (and image mode's labelled image); problems are warnings, never the verdict. */
async function cleanUp(run) {
    const { docker, names, plan } = run;
    await phase(run, 'clean up', '', async () => {
        try {
            for (const problem of await removeScanLeftovers(docker, names, plan.mode)) {
                run.log.warning(`cleanup: ${problem}`);
            }
        }
        catch (thrown) {
            // Never hide why the scan stopped behind a cleanup failure; say what to remove by hand.
            run.log.warning(`cleanup failed (${cli.toError(thrown).message}); remove leftovers with: docker rm -f $(docker ps -aq --filter label=${names.label})`);
        }
    });
}
/**
 * Image mode: the target committed, unstarted, as a labelled image with one tag (see commitTargetArgs). The
 * source container stays until the cleanup: the image scanned is recorded from it.
 */
async function prepareLabelledImage(docker, names, image) {
    await createSource(docker, names, image);
    const committed = await docker(commitTargetArgs(names));
    if (committed.exitCode !== 0)
        throw new ScanError('prepare target', `docker commit: ${lastLines(committed.stderr)}`);
}
/**
 * rootfs mode: the target created and never started (a placeholder command where the image has none, as
 * in image mode), then its environment read, for OSCAP_CONTAINER_VARS.
 */
async function createRootfsSource(docker, names, image) {
    await createSource(docker, names, image);
    const inspected = await docker(targetEnvArgs(names));
    if (inspected.exitCode !== 0)
        throw new ScanError('prepare target', `docker container inspect: ${lastLines(inspected.stderr)}`);
    let env;
    try {
        env = parseTargetEnv(inspected.stdout);
    }
    catch (thrown) {
        throw new ScanError('prepare target', cli.toError(thrown).message);
    }
    const refused = checkTargetEnv(env);
    if (refused !== undefined)
        throw new ScanError('prepare target', refused);
    return env;
}
/** A container created from `image` and never started; an image with neither CMD nor ENTRYPOINT gets a placeholder. */
async function createSource(docker, names, image) {
    let created = await docker(createSourceArgs(names, image, false));
    // Cheaper than asking first; the placeholder is never run.
    if (created.exitCode !== 0 && /no command specified/i.test(created.stderr))
        created = await docker(createSourceArgs(names, image, true));
    if (created.exitCode !== 0)
        throw new ScanError('prepare target', `docker create: ${lastLines(created.stderr)}`);
}
/** mount mode: the target's id, tags, digests and environment, in one docker command. */
async function inspectMountTarget(docker, image) {
    const inspected = await docker(inspectMountTargetArgs(image));
    if (inspected.exitCode !== 0)
        throw new ScanError('prepare target', `docker image inspect: ${lastLines(inspected.stderr)}`);
    let target;
    try {
        target = parseMountTarget(inspected.stdout);
    }
    catch (thrown) {
        throw new ScanError('prepare target', cli.toError(thrown).message);
    }
    // oscap reads the environment from one variable in mount mode too (see checkTargetEnv).
    const refused = checkTargetEnv(target.env);
    if (refused !== undefined)
        throw new ScanError('prepare target', refused);
    return target;
}
/**
 * Each engine's answer, asked once per process: a set of scans on one engine asks it once. Only for the
 * docker CLI's own runner (a caller's runner may be a different engine behind the same address).
 */
const engineSupport = new Map();
/** Whether the engine mounts images: one `docker info`, its answer read by imageMountSupport. */
function askEngine(run) {
    const ask = async () => {
        const answer = await run.docker(engineInfoArgs());
        if (answer.exitCode !== 0)
            return { supported: false, reason: `docker info failed: ${lastLines(answer.stderr)}` };
        return imageMountSupport(answer.stdout);
    };
    if (!run.defaultRunner)
        return ask();
    const key = run.plan.dockerHost;
    let asking = engineSupport.get(key);
    if (!asking) {
        asking = ask();
        engineSupport.set(key, asking);
        // A failure is not remembered: the next scan asks again.
        asking.catch(() => engineSupport.delete(key));
    }
    return asking;
}
/**
 * Settles the mode: `auto` becomes `mount` where the engine mounts images, else `rootfs`, and the log says
 * which and why; `mount` asked on an engine without image mounts fails here, before anything is created.
 */
async function chooseMode(run) {
    const { plan } = run;
    // A disk is streamed in rootfs mode (planScan refuses any other): there is no image to mount.
    if (plan.disk !== undefined)
        return;
    if (plan.requestedMode !== 'auto' && plan.requestedMode !== 'mount')
        return;
    const support = await askEngine(run);
    if (plan.requestedMode === 'mount') {
        if (!support.supported)
            throw new ScanError('prepare target', `mode mount needs image mounts: ${support.reason}; use mode auto or rootfs`);
        run.log.info(`mode mount: ${support.reason}`);
        return;
    }
    plan.mode = support.supported ? 'mount' : 'rootfs';
    run.log.info(support.supported
        ? `mode auto: mount (the image scanned in place, no export): ${support.reason}`
        : `mode auto: rootfs (the image exported into the scanner): ${support.reason}`);
}

function assessedSeverity(severity) {
    switch (severity) {
        case 'high':
        case 'unknown':
            return 'high';
        case 'medium':
            return 'medium';
        case 'low':
        case 'info':
            return 'low';
    }
}
/** The finding-details line for a severity the content did not give; undefined when it gave one. */
function severityNote(severity) {
    switch (severity) {
        case 'unknown':
            return 'Severity: the content gives this rule none (XCCDF unknown); rated high, failing closed.';
        case 'info':
            return 'Severity: the content rates this rule info; rated low.';
        default:
            return undefined;
    }
}

/** One line per scan fact: scanner, data stream, profile, time, digest. */
function scanFactLines(facts) {
    const lines = [`Image: ${facts.image.reference}${facts.image.digest ? ` (${facts.image.digest})` : ''}`];
    const scanner = facts.scanner ?? {};
    const version = scanner.openscapVersion ? `OpenSCAP ${scanner.openscapVersion}` : 'OpenSCAP';
    const image = scanner.reference
        ? ` in ${scanner.reference}${scanner.digest ? ` (${scanner.digest})` : ''}`
        : ' (a results file gated without a scan)';
    lines.push(`Scanner: ${version}${image}`);
    const benchmark = [facts.benchmark.id, facts.benchmark.version].filter(Boolean).join(' version ');
    const stream = facts.dataStream?.sha256 ? `; data stream sha256 ${facts.dataStream.sha256}` : '';
    lines.push(`Benchmark: ${benchmark}${stream}`);
    lines.push(`Profile: ${facts.profile.id ?? '(none)'}${facts.mode ? `, scan mode ${facts.mode}` : ''}`);
    if (facts.tailoring?.sha256)
        lines.push(`Tailoring: sha256 ${facts.tailoring.sha256}`);
    const time = [facts.startTime, facts.endTime].filter(Boolean).join(' to ');
    if (time)
        lines.push(`Scanned: ${time}`);
    return lines;
}
/** What a check's result says when it did not run, and what follows, for the finding details (see build-model.ts). */
const NOT_RUN = {
    error: [
        'The check could not run (OpenSCAP error',
        'nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
    ],
    unknown: [
        'The check could not decide (OpenSCAP unknown',
        'nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
    ],
    notchecked: ['The rule has no automated check (OpenSCAP notchecked', 'review it by hand.'],
};
/**
 * Why the check did not run: the scanner's own reason where the results carry one (`The check could not run
 * (OpenSCAP error; the scanner says: "…")`), else the result's fixed text.
 */
function notRunLine(rule) {
    const notRun = NOT_RUN[rule.result];
    if (!notRun)
        return undefined;
    const [what, consequence] = notRun;
    const reason = rule.scannerReason?.length ? `; the scanner says: "${rule.scannerReason.join(' ')}"` : '';
    return `${what}${reason}): ${consequence}`;
}
/** The rule's result and check, and its evidence where the scan has it. */
function resultText(rule) {
    const lines = [`OpenSCAP result: ${rule.result} (gate: ${rule.gateClass.replace(/-/g, ' ')})`];
    const notRun = notRunLine(rule);
    if (notRun)
        lines.push(notRun);
    const severity = rule.contentSeverity && severityNote(rule.contentSeverity);
    if (severity)
        lines.push(severity);
    for (const check of rule.checks) {
        const name = [check.name, check.href].filter(Boolean).join(' in ');
        lines.push(`Check: ${check.system}${name ? ` ${name}` : ''}`);
    }
    if (rule.evidence && rule.evidence.lines.length > 0) {
        lines.push('Evidence:', ...rule.evidence.lines.map((line) => `  ${line}`));
    }
    return lines.join('\n');
}
/** Comments: the waiver (reason, owner, expiry) or the inherited-from-host rationale; else empty. */
function comments(rule) {
    if (rule.waiver) {
        const { waiver } = rule;
        return [
            `Waived (${waiver.origin}): ${waiver.reason}`,
            `Owner: ${waiver.owner ?? '(none given)'}`,
            `Expires: ${waiver.expires ?? '(no expiry)'}`,
            'A waiver accepts the risk; the finding stays Open.',
        ].join('\n');
    }
    if (rule.inherited) {
        const { inherited } = rule;
        return [
            `Inherited from the host (${inherited.category}): ${inherited.categoryText}`,
            inherited.rationale,
            `Source: ${inherited.source}`,
        ].join('\n');
    }
    return '';
}

/**
 * The image's os-release as the scan recorded it (rootfs mode reads it: `PRETTY_NAME`, else `ID` and
 * `ID_LIKE`; `no /etc/os-release` when the image has none), else the target's OS from the results' own
 * facts (DISA's SCC records `os_name` and `os_version`); undefined when neither recorded it.
 */
function recordedImageOs(recorded, results) {
    if (recorded.imageOsName)
        return recorded.imageOsName;
    if (recorded.imageOsIds === 'none')
        return 'no /etc/os-release';
    if (recorded.imageOsIds)
        return recorded.imageOsIds;
    return results.targetOs;
}

var rev5 = {
	"CCI-000002": [
		"AC-1 a 1 (a)"
	],
	"CCI-000003": [
		"AC-1 c 1"
	],
	"CCI-000005": [
		"AC-1 a 2"
	],
	"CCI-000006": [
		"AC-1 c 2"
	],
	"CCI-000010": [
		"AC-2 e"
	],
	"CCI-000011": [
		"AC-2 f"
	],
	"CCI-000012": [
		"AC-2 j"
	],
	"CCI-000015": [
		"AC-2 (1)"
	],
	"CCI-000016": [
		"AC-2 (2)"
	],
	"CCI-000017": [
		"AC-2 (3) (d)"
	],
	"CCI-000018": [
		"AC-2 (4)"
	],
	"CCI-000019": [
		"AC-2 (5)"
	],
	"CCI-000021": [
		"AC-3 (2)"
	],
	"CCI-000024": [
		"AC-3 (5)"
	],
	"CCI-000026": [
		"AC-4 (2)"
	],
	"CCI-000027": [
		"AC-4 (3)"
	],
	"CCI-000028": [
		"AC-4 (4)"
	],
	"CCI-000029": [
		"AC-4 (5)"
	],
	"CCI-000030": [
		"AC-4 (6)"
	],
	"CCI-000031": [
		"AC-4 (7)"
	],
	"CCI-000032": [
		"AC-4 (8) (a)"
	],
	"CCI-000034": [
		"AC-4 (10)"
	],
	"CCI-000035": [
		"AC-4 (11)"
	],
	"CCI-000039": [
		"AC-6 (2)"
	],
	"CCI-000041": [
		"AC-6 (3)"
	],
	"CCI-000042": [
		"AC-6 (3)"
	],
	"CCI-000043": [
		"AC-7 a"
	],
	"CCI-000044": [
		"AC-7 a"
	],
	"CCI-000048": [
		"AC-8 a"
	],
	"CCI-000050": [
		"AC-8 b"
	],
	"CCI-000052": [
		"AC-9"
	],
	"CCI-000053": [
		"AC-9 (1)"
	],
	"CCI-000054": [
		"AC-10"
	],
	"CCI-000055": [
		"AC-10"
	],
	"CCI-000056": [
		"AC-11 b"
	],
	"CCI-000057": [
		"AC-11 a"
	],
	"CCI-000059": [
		"AC-11 a"
	],
	"CCI-000060": [
		"AC-11 (1)"
	],
	"CCI-000061": [
		"AC-14 a"
	],
	"CCI-000065": [
		"AC-17 b"
	],
	"CCI-000067": [
		"AC-17 (1)"
	],
	"CCI-000068": [
		"AC-17 (2)"
	],
	"CCI-000069": [
		"AC-17 (3)"
	],
	"CCI-000070": [
		"AC-17 (4) (a)"
	],
	"CCI-000072": [
		"AC-17 (6)"
	],
	"CCI-000073": [
		"PM-1 a 1"
	],
	"CCI-000074": [
		"PM-1 a 4"
	],
	"CCI-000075": [
		"PM-1 b"
	],
	"CCI-000076": [
		"PM-1 b"
	],
	"CCI-000078": [
		"PM-2"
	],
	"CCI-000080": [
		"PM-3 a"
	],
	"CCI-000083": [
		"AC-19 a"
	],
	"CCI-000084": [
		"AC-19 b"
	],
	"CCI-000093": [
		"AC-20 a 1"
	],
	"CCI-000097": [
		"AC-20 (2)"
	],
	"CCI-000098": [
		"AC-21 a"
	],
	"CCI-000099": [
		"AC-21 (1)"
	],
	"CCI-000100": [
		"AT-1 a 1 (a)"
	],
	"CCI-000101": [
		"AT-1 a 1 (a)"
	],
	"CCI-000102": [
		"AT-1 c 1"
	],
	"CCI-000103": [
		"AT-1 a 2"
	],
	"CCI-000104": [
		"AT-1 a 2"
	],
	"CCI-000105": [
		"AT-1 c 2"
	],
	"CCI-000106": [
		"AT-2 a 1"
	],
	"CCI-000107": [
		"AT-2 (1)"
	],
	"CCI-000108": [
		"AT-3 a 1"
	],
	"CCI-000109": [
		"AT-3 a 2"
	],
	"CCI-000112": [
		"AT-2 a 2"
	],
	"CCI-000113": [
		"AT-4 a"
	],
	"CCI-000114": [
		"AT-4 a"
	],
	"CCI-000117": [
		"AU-1 a 1 (a)"
	],
	"CCI-000119": [
		"AU-1 c 1"
	],
	"CCI-000120": [
		"AU-1 a 2"
	],
	"CCI-000122": [
		"AU-1 c 2"
	],
	"CCI-000123": [
		"AU-2 a"
	],
	"CCI-000124": [
		"AU-2 b"
	],
	"CCI-000125": [
		"AU-2 d"
	],
	"CCI-000126": [
		"AU-2 c"
	],
	"CCI-000130": [
		"AU-3 a"
	],
	"CCI-000131": [
		"AU-3 b"
	],
	"CCI-000132": [
		"AU-3 c"
	],
	"CCI-000133": [
		"AU-3 d"
	],
	"CCI-000134": [
		"AU-3 e"
	],
	"CCI-000135": [
		"AU-3 (1)"
	],
	"CCI-000139": [
		"AU-5 a"
	],
	"CCI-000140": [
		"AU-5 b"
	],
	"CCI-000141": [
		"PM-3 c"
	],
	"CCI-000142": [
		"PM-4 a 1"
	],
	"CCI-000145": [
		"AU-5 (3)"
	],
	"CCI-000147": [
		"AU-5 (2)"
	],
	"CCI-000148": [
		"AU-6 a"
	],
	"CCI-000149": [
		"AU-6 b"
	],
	"CCI-000151": [
		"AU-6 a"
	],
	"CCI-000153": [
		"AU-6 (3)"
	],
	"CCI-000154": [
		"AU-6 (4)"
	],
	"CCI-000158": [
		"AU-7 (1)"
	],
	"CCI-000159": [
		"AU-8 a"
	],
	"CCI-000162": [
		"AU-9 a"
	],
	"CCI-000163": [
		"AU-9 a"
	],
	"CCI-000164": [
		"AU-9 a"
	],
	"CCI-000165": [
		"AU-9 (1)"
	],
	"CCI-000166": [
		"AU-10"
	],
	"CCI-000167": [
		"AU-11"
	],
	"CCI-000168": [
		"AU-11"
	],
	"CCI-000169": [
		"AU-12 a"
	],
	"CCI-000170": [
		"PM-4 a 2"
	],
	"CCI-000171": [
		"AU-12 b"
	],
	"CCI-000172": [
		"AU-12 c"
	],
	"CCI-000173": [
		"AU-12 (1)"
	],
	"CCI-000174": [
		"AU-12 (1)"
	],
	"CCI-000176": [
		"IA-5 b"
	],
	"CCI-000182": [
		"IA-5 f"
	],
	"CCI-000183": [
		"IA-5 g"
	],
	"CCI-000184": [
		"IA-5 h"
	],
	"CCI-000185": [
		"IA-5 (2) (b) (1)"
	],
	"CCI-000186": [
		"IA-5 (2) (a) (1)"
	],
	"CCI-000187": [
		"IA-5 (2) (a) (2)"
	],
	"CCI-000197": [
		"IA-5 (1) (c)"
	],
	"CCI-000201": [
		"IA-5 (6)"
	],
	"CCI-000204": [
		"IA-5 (8)"
	],
	"CCI-000206": [
		"IA-6"
	],
	"CCI-000209": [
		"PM-6"
	],
	"CCI-000210": [
		"PM-6"
	],
	"CCI-000211": [
		"PM-6"
	],
	"CCI-000212": [
		"PM-7"
	],
	"CCI-000213": [
		"AC-3"
	],
	"CCI-000216": [
		"PM-8"
	],
	"CCI-000217": [
		"AC-2 (3)"
	],
	"CCI-000219": [
		"AC-4 (13)"
	],
	"CCI-000225": [
		"AC-6"
	],
	"CCI-000227": [
		"PM-9 a 1"
	],
	"CCI-000228": [
		"PM-9 b"
	],
	"CCI-000232": [
		"AC-14 b"
	],
	"CCI-000233": [
		"PM-10 b"
	],
	"CCI-000234": [
		"PM-10 c"
	],
	"CCI-000235": [
		"PM-11 a"
	],
	"CCI-000236": [
		"PM-11 b"
	],
	"CCI-000238": [
		"CA-1 c 1"
	],
	"CCI-000239": [
		"CA-1 a 1 (a)"
	],
	"CCI-000240": [
		"CA-1 a 1 (a)"
	],
	"CCI-000241": [
		"CA-1 c 1"
	],
	"CCI-000242": [
		"CA-1 a 2"
	],
	"CCI-000243": [
		"CA-1 a 2"
	],
	"CCI-000244": [
		"CA-1 c 2"
	],
	"CCI-000246": [
		"CA-2 b 1"
	],
	"CCI-000247": [
		"CA-2 b 2"
	],
	"CCI-000248": [
		"CA-2 b 3"
	],
	"CCI-000251": [
		"CA-2 d"
	],
	"CCI-000252": [
		"CA-2 d"
	],
	"CCI-000253": [
		"CA-2 e"
	],
	"CCI-000254": [
		"CA-2 f"
	],
	"CCI-000255": [
		"CA-2 (1)"
	],
	"CCI-000256": [
		"CA-2 (2)"
	],
	"CCI-000258": [
		"CA-3 b"
	],
	"CCI-000259": [
		"CA-3 b"
	],
	"CCI-000264": [
		"CA-5 a"
	],
	"CCI-000265": [
		"CA-5 b"
	],
	"CCI-000266": [
		"CA-5 b"
	],
	"CCI-000267": [
		"CA-5 (1)"
	],
	"CCI-000268": [
		"CA-5 (1)"
	],
	"CCI-000269": [
		"CA-5 (1)"
	],
	"CCI-000270": [
		"CA-6 a"
	],
	"CCI-000271": [
		"CA-6 c 2"
	],
	"CCI-000272": [
		"CA-6 e"
	],
	"CCI-000273": [
		"CA-6 e"
	],
	"CCI-000274": [
		"CA-7"
	],
	"CCI-000279": [
		"CA-7 c"
	],
	"CCI-000280": [
		"CA-7 g"
	],
	"CCI-000281": [
		"CA-7 g"
	],
	"CCI-000282": [
		"CA-7 (1)"
	],
	"CCI-000286": [
		"CM-1 c 1"
	],
	"CCI-000287": [
		"CM-1 a 1 (a)"
	],
	"CCI-000289": [
		"CM-1 c 1"
	],
	"CCI-000290": [
		"CM-1 a 2"
	],
	"CCI-000292": [
		"CM-1 a 2"
	],
	"CCI-000295": [
		"CM-2 a"
	],
	"CCI-000296": [
		"CM-2 b 1"
	],
	"CCI-000297": [
		"CM-2 b 2"
	],
	"CCI-000300": [
		"CM-2 (2)"
	],
	"CCI-000301": [
		"CM-2 (2)"
	],
	"CCI-000302": [
		"CM-2 (2)"
	],
	"CCI-000303": [
		"CM-2 (2)"
	],
	"CCI-000304": [
		"CM-2 (3)"
	],
	"CCI-000311": [
		"CM-2 (6)"
	],
	"CCI-000312": [
		"CM-2 (6)"
	],
	"CCI-000313": [
		"CM-3 a"
	],
	"CCI-000314": [
		"CM-3 b"
	],
	"CCI-000316": [
		"CM-3 e"
	],
	"CCI-000318": [
		"CM-3 f"
	],
	"CCI-000319": [
		"CM-3 g"
	],
	"CCI-000320": [
		"CM-3 g"
	],
	"CCI-000321": [
		"CM-3 g"
	],
	"CCI-000322": [
		"CM-3 (1) (a)"
	],
	"CCI-000323": [
		"CM-3 (1) (b)"
	],
	"CCI-000324": [
		"CM-3 (1) (c)"
	],
	"CCI-000325": [
		"CM-3 (1) (d)"
	],
	"CCI-000326": [
		"CM-3 (1) (e)"
	],
	"CCI-000327": [
		"CM-3 (2)"
	],
	"CCI-000328": [
		"CM-3 (2)"
	],
	"CCI-000329": [
		"CM-3 (2)"
	],
	"CCI-000330": [
		"CM-3 (3)"
	],
	"CCI-000331": [
		"CM-3 (3)"
	],
	"CCI-000332": [
		"CM-3 (4)"
	],
	"CCI-000333": [
		"CM-4"
	],
	"CCI-000335": [
		"CM-4 (2)"
	],
	"CCI-000336": [
		"CM-4 (2)"
	],
	"CCI-000337": [
		"CM-4 (2)"
	],
	"CCI-000340": [
		"CM-5"
	],
	"CCI-000341": [
		"CM-5"
	],
	"CCI-000344": [
		"CM-5"
	],
	"CCI-000345": [
		"CM-5"
	],
	"CCI-000353": [
		"CM-5 (4)"
	],
	"CCI-000354": [
		"CM-5 (4)"
	],
	"CCI-000366": [
		"CM-6 b"
	],
	"CCI-000367": [
		"CM-6 c"
	],
	"CCI-000368": [
		"CM-6 c"
	],
	"CCI-000369": [
		"CM-6 c"
	],
	"CCI-000370": [
		"CM-6 (1)"
	],
	"CCI-000371": [
		"CM-6 (1)"
	],
	"CCI-000372": [
		"CM-6 (1)"
	],
	"CCI-000380": [
		"CM-7 b"
	],
	"CCI-000381": [
		"CM-7 a"
	],
	"CCI-000382": [
		"CM-7 b"
	],
	"CCI-000384": [
		"CM-7 (1) (a)"
	],
	"CCI-000387": [
		"CM-7 (3)"
	],
	"CCI-000388": [
		"CM-7 (3)"
	],
	"CCI-000398": [
		"CM-8 a 5"
	],
	"CCI-000408": [
		"CM-8 (1)"
	],
	"CCI-000409": [
		"CM-8 (1)"
	],
	"CCI-000410": [
		"CM-8 (1)"
	],
	"CCI-000411": [
		"CM-8 (2)"
	],
	"CCI-000412": [
		"CM-8 (2)"
	],
	"CCI-000413": [
		"CM-8 (2)"
	],
	"CCI-000414": [
		"CM-8 (2)"
	],
	"CCI-000415": [
		"CM-8 (3) (a)"
	],
	"CCI-000416": [
		"CM-8 (3) (a)"
	],
	"CCI-000418": [
		"CM-8 (4)"
	],
	"CCI-000420": [
		"CM-8 (6)"
	],
	"CCI-000423": [
		"CM-9 a"
	],
	"CCI-000426": [
		"CM-9 c"
	],
	"CCI-000436": [
		"CM-9 (1)"
	],
	"CCI-000437": [
		"CP-1 c 1"
	],
	"CCI-000438": [
		"CP-1 a 1 (a)"
	],
	"CCI-000439": [
		"CP-1 a 1 (a)"
	],
	"CCI-000440": [
		"CP-1 c 1"
	],
	"CCI-000441": [
		"CP-1 a 2"
	],
	"CCI-000443": [
		"CP-2 a 1"
	],
	"CCI-000444": [
		"CP-2 a 1"
	],
	"CCI-000445": [
		"CP-2 a 1"
	],
	"CCI-000446": [
		"CP-2 a 2"
	],
	"CCI-000447": [
		"CP-2 a 2"
	],
	"CCI-000448": [
		"CP-2 a 2"
	],
	"CCI-000449": [
		"CP-2 a 3"
	],
	"CCI-000456": [
		"CP-2 a 5"
	],
	"CCI-000457": [
		"CP-2 a 7"
	],
	"CCI-000458": [
		"CP-2 b"
	],
	"CCI-000459": [
		"CP-2 b"
	],
	"CCI-000460": [
		"CP-2 c"
	],
	"CCI-000461": [
		"CP-2 d"
	],
	"CCI-000462": [
		"CP-2 d"
	],
	"CCI-000463": [
		"CP-2 e"
	],
	"CCI-000464": [
		"CP-2 e"
	],
	"CCI-000465": [
		"CP-2 e"
	],
	"CCI-000466": [
		"CP-2 e"
	],
	"CCI-000468": [
		"CP-2 f"
	],
	"CCI-000469": [
		"CP-2 (1)"
	],
	"CCI-000470": [
		"CP-2 (2)"
	],
	"CCI-000471": [
		"CP-2 (2)"
	],
	"CCI-000472": [
		"CP-2 (2)"
	],
	"CCI-000473": [
		"CP-2 (3)"
	],
	"CCI-000474": [
		"CP-2 (3)"
	],
	"CCI-000475": [
		"CP-2 (3)"
	],
	"CCI-000476": [
		"CP-2 (3)"
	],
	"CCI-000481": [
		"CP-2 (5)"
	],
	"CCI-000482": [
		"CP-2 (5)"
	],
	"CCI-000483": [
		"CP-2 (6)"
	],
	"CCI-000484": [
		"CP-2 (6)"
	],
	"CCI-000485": [
		"CP-3 a 3"
	],
	"CCI-000486": [
		"CP-3 a 1"
	],
	"CCI-000487": [
		"CP-3 a 3"
	],
	"CCI-000488": [
		"CP-3 (1)"
	],
	"CCI-000489": [
		"CP-3 (2)"
	],
	"CCI-000490": [
		"CP-4 a"
	],
	"CCI-000492": [
		"CP-4 a"
	],
	"CCI-000494": [
		"CP-4 a"
	],
	"CCI-000496": [
		"CP-4 b"
	],
	"CCI-000497": [
		"CP-4 c"
	],
	"CCI-000498": [
		"CP-4 (1)"
	],
	"CCI-000500": [
		"CP-4 (2) (a)"
	],
	"CCI-000502": [
		"CP-4 (3)"
	],
	"CCI-000504": [
		"CP-4 (4)"
	],
	"CCI-000505": [
		"CP-6 a"
	],
	"CCI-000507": [
		"CP-6 (1)"
	],
	"CCI-000508": [
		"CP-6 (2)"
	],
	"CCI-000509": [
		"CP-6 (3)"
	],
	"CCI-000510": [
		"CP-7 a"
	],
	"CCI-000513": [
		"CP-7 a"
	],
	"CCI-000514": [
		"CP-7 a"
	],
	"CCI-000515": [
		"CP-7 b"
	],
	"CCI-000516": [
		"CP-7 (1)"
	],
	"CCI-000517": [
		"CP-7 (2)"
	],
	"CCI-000518": [
		"CP-7 (3)"
	],
	"CCI-000519": [
		"CP-7 (4)"
	],
	"CCI-000520": [
		"CP-7 (4)"
	],
	"CCI-000521": [
		"CP-7 c"
	],
	"CCI-000522": [
		"CP-8"
	],
	"CCI-000523": [
		"CP-8"
	],
	"CCI-000524": [
		"CP-8"
	],
	"CCI-000525": [
		"CP-8"
	],
	"CCI-000526": [
		"CP-8 (1) (a)"
	],
	"CCI-000527": [
		"CP-8 (1) (a)"
	],
	"CCI-000530": [
		"CP-8 (2)"
	],
	"CCI-000531": [
		"CP-8 (3)"
	],
	"CCI-000532": [
		"CP-8 (4) (a)"
	],
	"CCI-000533": [
		"CP-8 (4) (a)"
	],
	"CCI-000534": [
		"CP-9 (a)"
	],
	"CCI-000535": [
		"CP-9 (a)"
	],
	"CCI-000536": [
		"CP-9 (b)"
	],
	"CCI-000537": [
		"CP-9 (b)"
	],
	"CCI-000538": [
		"CP-9 (c)"
	],
	"CCI-000539": [
		"CP-9 (c)"
	],
	"CCI-000541": [
		"CP-9 (1)"
	],
	"CCI-000542": [
		"CP-9 (1)"
	],
	"CCI-000543": [
		"CP-9 (2)"
	],
	"CCI-000547": [
		"CP-9 (5)"
	],
	"CCI-000548": [
		"CP-9 (5)"
	],
	"CCI-000549": [
		"CP-9 (6)"
	],
	"CCI-000553": [
		"CP-10 (2)"
	],
	"CCI-000556": [
		"CP-10 (4)"
	],
	"CCI-000557": [
		"CP-10 (4)"
	],
	"CCI-000558": [
		"SI-13 (5)"
	],
	"CCI-000559": [
		"SI-13 (5)"
	],
	"CCI-000563": [
		"PL-1 a 1 (a)"
	],
	"CCI-000564": [
		"PL-1 a 1 (a)"
	],
	"CCI-000566": [
		"PL-1 a 2"
	],
	"CCI-000567": [
		"PL-1 a 2"
	],
	"CCI-000568": [
		"PL-1 c 2"
	],
	"CCI-000571": [
		"PL-2 a 15"
	],
	"CCI-000572": [
		"PL-2 c"
	],
	"CCI-000573": [
		"PL-2 c"
	],
	"CCI-000574": [
		"PL-2 d"
	],
	"CCI-000577": [
		"PL-7 b"
	],
	"CCI-000578": [
		"PL-7 b"
	],
	"CCI-000592": [
		"PL-4 a"
	],
	"CCI-000593": [
		"PL-4 b"
	],
	"CCI-000594": [
		"PL-4 (1) (a)"
	],
	"CCI-000595": [
		"PL-4 (1) (b)"
	],
	"CCI-000601": [
		"SA-1 c 1"
	],
	"CCI-000602": [
		"SA-1 a 1 (a)"
	],
	"CCI-000603": [
		"SA-1 a 1"
	],
	"CCI-000604": [
		"SA-1 c 1"
	],
	"CCI-000605": [
		"SA-1 a 2"
	],
	"CCI-000606": [
		"SA-1 a 2"
	],
	"CCI-000607": [
		"SA-1 c 2"
	],
	"CCI-000610": [
		"SA-2 b"
	],
	"CCI-000611": [
		"SA-2 b"
	],
	"CCI-000612": [
		"SA-2 b"
	],
	"CCI-000613": [
		"SA-2 c"
	],
	"CCI-000614": [
		"SA-2 c"
	],
	"CCI-000615": [
		"SA-3 a"
	],
	"CCI-000616": [
		"SA-3 b"
	],
	"CCI-000618": [
		"SA-3 c"
	],
	"CCI-000623": [
		"SA-4 (1)"
	],
	"CCI-000631": [
		"SA-4 (6) (a)"
	],
	"CCI-000633": [
		"SA-4 (6) (b)"
	],
	"CCI-000634": [
		"SA-4 (7) (a)"
	],
	"CCI-000635": [
		"SA-4 (7) (b)"
	],
	"CCI-000642": [
		"SA-5 c"
	],
	"CCI-000664": [
		"SA-8"
	],
	"CCI-000665": [
		"SA-8"
	],
	"CCI-000666": [
		"SA-8"
	],
	"CCI-000667": [
		"SA-8"
	],
	"CCI-000668": [
		"SA-8"
	],
	"CCI-000669": [
		"SA-9"
	],
	"CCI-000692": [
		"SA-10 c"
	],
	"CCI-000694": [
		"SA-10 d"
	],
	"CCI-000698": [
		"SA-10 (1)"
	],
	"CCI-000700": [
		"SA-10 (2)"
	],
	"CCI-000757": [
		"IA-1 a 1 (a)"
	],
	"CCI-000758": [
		"IA-1 c 1"
	],
	"CCI-000759": [
		"IA-1 c 1"
	],
	"CCI-000762": [
		"IA-1 c 2"
	],
	"CCI-000763": [
		"IA-1 c 2"
	],
	"CCI-000764": [
		"IA-2"
	],
	"CCI-000765": [
		"IA-2 (1)"
	],
	"CCI-000766": [
		"IA-2 (2)"
	],
	"CCI-000777": [
		"IA-3"
	],
	"CCI-000778": [
		"IA-3"
	],
	"CCI-000783": [
		"IA-3 (3) (b)"
	],
	"CCI-000796": [
		"IA-4 (1)"
	],
	"CCI-000800": [
		"IA-4 (4)"
	],
	"CCI-000801": [
		"IA-4 (4)"
	],
	"CCI-000803": [
		"IA-7"
	],
	"CCI-000804": [
		"IA-8"
	],
	"CCI-000805": [
		"IR-1 a 1 (a)"
	],
	"CCI-000806": [
		"IR-1 a 1 (a)"
	],
	"CCI-000807": [
		"IR-1 c 1"
	],
	"CCI-000808": [
		"IR-1 c 1"
	],
	"CCI-000809": [
		"IR-1 a 2"
	],
	"CCI-000810": [
		"IR-1 a 2"
	],
	"CCI-000811": [
		"IR-1 c 2"
	],
	"CCI-000812": [
		"IR-1 c 2"
	],
	"CCI-000813": [
		"IR-2 a 1"
	],
	"CCI-000814": [
		"IR-2 a 3"
	],
	"CCI-000815": [
		"IR-2 c"
	],
	"CCI-000816": [
		"IR-2 (1)"
	],
	"CCI-000817": [
		"IR-2 (2)"
	],
	"CCI-000818": [
		"IR-3"
	],
	"CCI-000819": [
		"IR-3"
	],
	"CCI-000820": [
		"IR-3"
	],
	"CCI-000821": [
		"IR-3 (1)"
	],
	"CCI-000822": [
		"IR-4 a"
	],
	"CCI-000823": [
		"IR-4 b"
	],
	"CCI-000825": [
		"IR-4 (1)"
	],
	"CCI-000826": [
		"IR-4 (2)"
	],
	"CCI-000827": [
		"IR-4 (3)"
	],
	"CCI-000828": [
		"IR-4 (3)"
	],
	"CCI-000829": [
		"IR-4 (4)"
	],
	"CCI-000830": [
		"IR-4 (5)"
	],
	"CCI-000831": [
		"IR-4 (5)"
	],
	"CCI-000832": [
		"IR-5"
	],
	"CCI-000834": [
		"IR-6 a"
	],
	"CCI-000835": [
		"IR-6 a"
	],
	"CCI-000836": [
		"IR-6 b"
	],
	"CCI-000837": [
		"IR-6 (1)"
	],
	"CCI-000838": [
		"IR-6 (2)"
	],
	"CCI-000839": [
		"IR-7"
	],
	"CCI-000841": [
		"IR-7 (2) (a)"
	],
	"CCI-000842": [
		"IR-7 (2) (b)"
	],
	"CCI-000844": [
		"IR-8 a 9"
	],
	"CCI-000845": [
		"IR-8 b"
	],
	"CCI-000846": [
		"IR-8 b"
	],
	"CCI-000849": [
		"IR-8 c"
	],
	"CCI-000850": [
		"IR-8 d"
	],
	"CCI-000851": [
		"MA-1 c 1"
	],
	"CCI-000852": [
		"MA-1 a 1 (a)"
	],
	"CCI-000853": [
		"MA-1 a 1"
	],
	"CCI-000854": [
		"MA-1 c 1"
	],
	"CCI-000855": [
		"MA-1 a 2"
	],
	"CCI-000856": [
		"MA-1 a 2"
	],
	"CCI-000857": [
		"MA-1 c 2"
	],
	"CCI-000860": [
		"MA-2 c"
	],
	"CCI-000861": [
		"MA-2 d"
	],
	"CCI-000862": [
		"MA-2 e"
	],
	"CCI-000865": [
		"MA-3 a"
	],
	"CCI-000866": [
		"MA-3 a"
	],
	"CCI-000867": [
		"MA-3 a"
	],
	"CCI-000869": [
		"MA-3 (1)"
	],
	"CCI-000870": [
		"MA-3 (2)"
	],
	"CCI-000871": [
		"MA-3 (3)"
	],
	"CCI-000873": [
		"MA-4 a"
	],
	"CCI-000874": [
		"MA-4 a"
	],
	"CCI-000876": [
		"MA-4 b"
	],
	"CCI-000877": [
		"MA-4 c"
	],
	"CCI-000878": [
		"MA-4 d"
	],
	"CCI-000882": [
		"MA-4 (3) (a)"
	],
	"CCI-000883": [
		"MA-4 (3) (b)"
	],
	"CCI-000884": [
		"MA-4 (4) (a)"
	],
	"CCI-000886": [
		"MA-4 (5) (b)"
	],
	"CCI-000887": [
		"MA-4 (5) (a)"
	],
	"CCI-000890": [
		"MA-5 a"
	],
	"CCI-000891": [
		"MA-5 a"
	],
	"CCI-000893": [
		"MA-5 (1) (a)"
	],
	"CCI-000894": [
		"MA-5 (1) (a) (1)"
	],
	"CCI-000895": [
		"MA-5 (1) (a) (2)"
	],
	"CCI-000897": [
		"MA-5 (2)"
	],
	"CCI-000898": [
		"MA-5 (3)"
	],
	"CCI-000899": [
		"MA-5 (4) (a)"
	],
	"CCI-000900": [
		"MA-5 (4) (b)"
	],
	"CCI-000903": [
		"MA-6"
	],
	"CCI-000904": [
		"PE-1 a 1 (a)"
	],
	"CCI-000905": [
		"PE-1 a 1"
	],
	"CCI-000906": [
		"PE-1 c 1"
	],
	"CCI-000907": [
		"PE-1 c 1"
	],
	"CCI-000908": [
		"PE-1 a 2"
	],
	"CCI-000909": [
		"PE-1 a 2"
	],
	"CCI-000910": [
		"PE-1 c 2"
	],
	"CCI-000911": [
		"PE-1 c 2"
	],
	"CCI-000912": [
		"PE-2 a"
	],
	"CCI-000913": [
		"PE-2 b"
	],
	"CCI-000914": [
		"PE-2 c"
	],
	"CCI-000915": [
		"PE-2 c"
	],
	"CCI-000916": [
		"PE-2 (1)"
	],
	"CCI-000917": [
		"PE-2 (2)"
	],
	"CCI-000920": [
		"PE-3 a 1"
	],
	"CCI-000923": [
		"PE-3 e"
	],
	"CCI-000924": [
		"PE-3 f"
	],
	"CCI-000925": [
		"PE-3 f"
	],
	"CCI-000926": [
		"PE-3 g"
	],
	"CCI-000927": [
		"PE-3 g"
	],
	"CCI-000928": [
		"PE-3 (1)"
	],
	"CCI-000929": [
		"PE-3 (2)"
	],
	"CCI-000930": [
		"PE-3 (3)"
	],
	"CCI-000931": [
		"PE-3 (4)"
	],
	"CCI-000932": [
		"PE-3 (4)"
	],
	"CCI-000933": [
		"PE-3 (5)"
	],
	"CCI-000936": [
		"PE-4"
	],
	"CCI-000937": [
		"PE-5"
	],
	"CCI-000939": [
		"PE-6 b"
	],
	"CCI-000940": [
		"PE-6 b"
	],
	"CCI-000941": [
		"PE-6 c"
	],
	"CCI-000942": [
		"PE-6 (1)"
	],
	"CCI-000947": [
		"PE-8 a"
	],
	"CCI-000948": [
		"PE-8 b"
	],
	"CCI-000949": [
		"PE-8 b"
	],
	"CCI-000950": [
		"PE-8 (1)"
	],
	"CCI-000952": [
		"PE-9"
	],
	"CCI-000954": [
		"PE-9 (2)"
	],
	"CCI-000955": [
		"PE-9 (2)"
	],
	"CCI-000956": [
		"PE-10 a"
	],
	"CCI-000957": [
		"PE-10 b"
	],
	"CCI-000958": [
		"PE-10 b"
	],
	"CCI-000959": [
		"PE-10 c"
	],
	"CCI-000961": [
		"PE-11 (1)"
	],
	"CCI-000963": [
		"PE-12"
	],
	"CCI-000965": [
		"PE-13"
	],
	"CCI-000968": [
		"PE-13 (2) (b)"
	],
	"CCI-000971": [
		"PE-14 a"
	],
	"CCI-000972": [
		"PE-14 a"
	],
	"CCI-000973": [
		"PE-14 b"
	],
	"CCI-000974": [
		"PE-14 b"
	],
	"CCI-000975": [
		"PE-14 (1)"
	],
	"CCI-000976": [
		"PE-14 (2)"
	],
	"CCI-000977": [
		"PE-15"
	],
	"CCI-000978": [
		"PE-15"
	],
	"CCI-000979": [
		"PE-15"
	],
	"CCI-000981": [
		"PE-16 a"
	],
	"CCI-000983": [
		"PE-16 a"
	],
	"CCI-000984": [
		"PE-16 b"
	],
	"CCI-000985": [
		"PE-17 b"
	],
	"CCI-000987": [
		"PE-17 c"
	],
	"CCI-000988": [
		"PE-17 d"
	],
	"CCI-000989": [
		"PE-18"
	],
	"CCI-000991": [
		"PE-18"
	],
	"CCI-000993": [
		"PE-19"
	],
	"CCI-000995": [
		"MP-1 a 1 (a)"
	],
	"CCI-000996": [
		"MP-1 a 1"
	],
	"CCI-000997": [
		"MP-1 c 1"
	],
	"CCI-000998": [
		"MP-1 c 1"
	],
	"CCI-000999": [
		"MP-1 a 2"
	],
	"CCI-001000": [
		"MP-1 a 2"
	],
	"CCI-001001": [
		"MP-1 c 2"
	],
	"CCI-001002": [
		"MP-1 c 2"
	],
	"CCI-001003": [
		"MP-2"
	],
	"CCI-001004": [
		"MP-2"
	],
	"CCI-001005": [
		"MP-2"
	],
	"CCI-001007": [
		"MP-4 (2)"
	],
	"CCI-001008": [
		"MP-4 (2)"
	],
	"CCI-001010": [
		"MP-3 a"
	],
	"CCI-001011": [
		"MP-3 b"
	],
	"CCI-001012": [
		"MP-3 b"
	],
	"CCI-001013": [
		"MP-3 b"
	],
	"CCI-001015": [
		"MP-4 a"
	],
	"CCI-001016": [
		"MP-4 a"
	],
	"CCI-001021": [
		"MP-5 a"
	],
	"CCI-001022": [
		"MP-5 a"
	],
	"CCI-001023": [
		"MP-5 b"
	],
	"CCI-001024": [
		"MP-5 d"
	],
	"CCI-001025": [
		"MP-5 c"
	],
	"CCI-001026": [
		"MP-5 (3)"
	],
	"CCI-001028": [
		"MP-6 a"
	],
	"CCI-001031": [
		"MP-6 (2)"
	],
	"CCI-001032": [
		"MP-6 (3)"
	],
	"CCI-001033": [
		"MP-6 (3)"
	],
	"CCI-001037": [
		"RA-1 a 1 (a)"
	],
	"CCI-001038": [
		"RA-1 a 1 (a)"
	],
	"CCI-001039": [
		"RA-1 c 1"
	],
	"CCI-001040": [
		"RA-1 c 1"
	],
	"CCI-001041": [
		"RA-1 a 2"
	],
	"CCI-001042": [
		"RA-1 a 2"
	],
	"CCI-001043": [
		"RA-1 c 2"
	],
	"CCI-001044": [
		"RA-1 c 2"
	],
	"CCI-001046": [
		"RA-2 b"
	],
	"CCI-001047": [
		"RA-2 c"
	],
	"CCI-001048": [
		"RA-3 a 2"
	],
	"CCI-001049": [
		"RA-3 c"
	],
	"CCI-001050": [
		"RA-3 d"
	],
	"CCI-001051": [
		"RA-3 d"
	],
	"CCI-001052": [
		"RA-3 f"
	],
	"CCI-001053": [
		"RA-3 f"
	],
	"CCI-001054": [
		"RA-5 a"
	],
	"CCI-001055": [
		"RA-5 a"
	],
	"CCI-001056": [
		"RA-5 a"
	],
	"CCI-001057": [
		"RA-5 b 1"
	],
	"CCI-001058": [
		"RA-5 c"
	],
	"CCI-001059": [
		"RA-5 d"
	],
	"CCI-001060": [
		"RA-5 d"
	],
	"CCI-001061": [
		"RA-5 e"
	],
	"CCI-001063": [
		"RA-5 (2)"
	],
	"CCI-001064": [
		"RA-5 (2)"
	],
	"CCI-001066": [
		"RA-5 (4)"
	],
	"CCI-001067": [
		"RA-5 (5)"
	],
	"CCI-001068": [
		"RA-5 (6)"
	],
	"CCI-001071": [
		"RA-5 (8)"
	],
	"CCI-001075": [
		"SC-1 a 1"
	],
	"CCI-001076": [
		"SC-1 c 1"
	],
	"CCI-001077": [
		"SC-1 c 1"
	],
	"CCI-001079": [
		"SC-1 a 2"
	],
	"CCI-001080": [
		"SC-1 c 2"
	],
	"CCI-001081": [
		"SC-1 c 2"
	],
	"CCI-001082": [
		"SC-2"
	],
	"CCI-001083": [
		"SC-2 (1)"
	],
	"CCI-001084": [
		"SC-3"
	],
	"CCI-001085": [
		"SC-3 (1)"
	],
	"CCI-001086": [
		"SC-3 (2)"
	],
	"CCI-001089": [
		"SC-3 (5)"
	],
	"CCI-001090": [
		"SC-4"
	],
	"CCI-001093": [
		"SC-5 a"
	],
	"CCI-001094": [
		"SC-5 (1)"
	],
	"CCI-001095": [
		"SC-5 (2)"
	],
	"CCI-001097": [
		"SC-7 a"
	],
	"CCI-001098": [
		"SC-7 c"
	],
	"CCI-001101": [
		"SC-7 (3)"
	],
	"CCI-001102": [
		"SC-7 (4) (a)"
	],
	"CCI-001103": [
		"SC-7 (4) (b)"
	],
	"CCI-001105": [
		"SC-7 (4) (d)"
	],
	"CCI-001106": [
		"SC-7 (4) (e)"
	],
	"CCI-001107": [
		"SC-7 (4) (e)"
	],
	"CCI-001108": [
		"SC-7 (4) (e)"
	],
	"CCI-001109": [
		"SC-7 (5)"
	],
	"CCI-001112": [
		"SC-7 (8)"
	],
	"CCI-001113": [
		"SC-7 (8)"
	],
	"CCI-001114": [
		"SC-7 (8)"
	],
	"CCI-001116": [
		"SC-7 (10) (a)"
	],
	"CCI-001119": [
		"SC-7 (13)"
	],
	"CCI-001120": [
		"SC-7 (13)"
	],
	"CCI-001121": [
		"SC-7 (14)"
	],
	"CCI-001123": [
		"SC-7 (15)"
	],
	"CCI-001124": [
		"SC-7 (16)"
	],
	"CCI-001125": [
		"SC-7 (17)"
	],
	"CCI-001126": [
		"SC-7 (18)"
	],
	"CCI-001133": [
		"SC-10"
	],
	"CCI-001134": [
		"SC-10"
	],
	"CCI-001135": [
		"SC-11 a"
	],
	"CCI-001139": [
		"SC-12 (1)"
	],
	"CCI-001150": [
		"SC-15 a"
	],
	"CCI-001151": [
		"SC-15 a"
	],
	"CCI-001152": [
		"SC-15 b"
	],
	"CCI-001153": [
		"SC-15 (1)"
	],
	"CCI-001155": [
		"SC-15 (3)"
	],
	"CCI-001156": [
		"SC-15 (3)"
	],
	"CCI-001157": [
		"SC-16"
	],
	"CCI-001158": [
		"SC-16 (1)"
	],
	"CCI-001159": [
		"SC-17 a"
	],
	"CCI-001160": [
		"SC-18 a"
	],
	"CCI-001163": [
		"SC-18 b"
	],
	"CCI-001164": [
		"SC-18 b"
	],
	"CCI-001165": [
		"SC-18 b"
	],
	"CCI-001166": [
		"SC-18 (1)"
	],
	"CCI-001167": [
		"SC-18 (2)"
	],
	"CCI-001168": [
		"SC-18 (2)"
	],
	"CCI-001169": [
		"SC-18 (3)"
	],
	"CCI-001170": [
		"SC-18 (4)"
	],
	"CCI-001171": [
		"SC-18 (4)"
	],
	"CCI-001172": [
		"SC-18 (4)"
	],
	"CCI-001178": [
		"SC-20 a"
	],
	"CCI-001179": [
		"SC-20 b"
	],
	"CCI-001182": [
		"SC-22"
	],
	"CCI-001183": [
		"SC-22"
	],
	"CCI-001184": [
		"SC-23"
	],
	"CCI-001185": [
		"SC-23 (1)"
	],
	"CCI-001188": [
		"SC-23 (3)"
	],
	"CCI-001189": [
		"SC-23 (3)"
	],
	"CCI-001190": [
		"SC-24"
	],
	"CCI-001191": [
		"SC-24"
	],
	"CCI-001192": [
		"SC-24"
	],
	"CCI-001193": [
		"SC-24"
	],
	"CCI-001194": [
		"SC-25"
	],
	"CCI-001195": [
		"SC-26"
	],
	"CCI-001196": [
		"SC-35"
	],
	"CCI-001197": [
		"SC-27"
	],
	"CCI-001198": [
		"SC-27"
	],
	"CCI-001199": [
		"SC-28"
	],
	"CCI-001201": [
		"SC-29"
	],
	"CCI-001203": [
		"SC-29 (1)"
	],
	"CCI-001204": [
		"SC-29 (1)"
	],
	"CCI-001207": [
		"SC-31 (1)"
	],
	"CCI-001210": [
		"SC-34 a"
	],
	"CCI-001211": [
		"SC-34 b"
	],
	"CCI-001212": [
		"SC-34"
	],
	"CCI-001213": [
		"SC-34 b"
	],
	"CCI-001214": [
		"SC-34 (1)"
	],
	"CCI-001215": [
		"SC-34 (1)"
	],
	"CCI-001216": [
		"SC-34 (2)"
	],
	"CCI-001217": [
		"SI-1 a 1 (a)"
	],
	"CCI-001218": [
		"SI-1 a 1"
	],
	"CCI-001219": [
		"SI-1 c 1"
	],
	"CCI-001220": [
		"SI-1 a 2"
	],
	"CCI-001221": [
		"SI-1 a 2"
	],
	"CCI-001222": [
		"SI-1 c 2"
	],
	"CCI-001223": [
		"SI-1 c 1"
	],
	"CCI-001224": [
		"SI-1 c 2"
	],
	"CCI-001225": [
		"SI-2 a"
	],
	"CCI-001226": [
		"SI-2 a"
	],
	"CCI-001227": [
		"SI-2 a"
	],
	"CCI-001228": [
		"SI-2 b"
	],
	"CCI-001229": [
		"SI-2 b"
	],
	"CCI-001230": [
		"SI-2 d"
	],
	"CCI-001235": [
		"SI-2 (3) (a)"
	],
	"CCI-001236": [
		"SI-2 (3) (b)"
	],
	"CCI-001241": [
		"SI-3 c 1"
	],
	"CCI-001243": [
		"SI-3 c 2"
	],
	"CCI-001244": [
		"SI-3 c 2"
	],
	"CCI-001245": [
		"SI-3 d"
	],
	"CCI-001249": [
		"SI-3 (4)"
	],
	"CCI-001251": [
		"SI-3 (6) (a)"
	],
	"CCI-001253": [
		"SI-4 a 1"
	],
	"CCI-001255": [
		"SI-4 c 1"
	],
	"CCI-001256": [
		"SI-4 c 2"
	],
	"CCI-001257": [
		"SI-4 e"
	],
	"CCI-001258": [
		"SI-4 f"
	],
	"CCI-001260": [
		"SI-4 (2)"
	],
	"CCI-001264": [
		"SI-4 (5)"
	],
	"CCI-001266": [
		"SI-4 (7) (a)"
	],
	"CCI-001267": [
		"SI-4 (7) (a)"
	],
	"CCI-001268": [
		"SI-4 (7) (b)"
	],
	"CCI-001270": [
		"SI-4 (9)"
	],
	"CCI-001271": [
		"SI-4 (9)"
	],
	"CCI-001273": [
		"SI-4 (11)"
	],
	"CCI-001274": [
		"SI-4 (12)"
	],
	"CCI-001275": [
		"SI-4 (12)"
	],
	"CCI-001276": [
		"SI-4 (13) (a)"
	],
	"CCI-001277": [
		"SI-4 (13) (b)"
	],
	"CCI-001282": [
		"SI-4 (15)"
	],
	"CCI-001283": [
		"SI-4 (16)"
	],
	"CCI-001284": [
		"SI-4 (17)"
	],
	"CCI-001285": [
		"SI-5 a"
	],
	"CCI-001286": [
		"SI-5 b"
	],
	"CCI-001287": [
		"SI-5 c"
	],
	"CCI-001288": [
		"SI-5 c"
	],
	"CCI-001289": [
		"SI-5 d"
	],
	"CCI-001290": [
		"SI-5 (1)"
	],
	"CCI-001294": [
		"SI-6 c"
	],
	"CCI-001295": [
		"SI-6 (2)"
	],
	"CCI-001296": [
		"SI-6 (3)"
	],
	"CCI-001300": [
		"SI-7 (2)"
	],
	"CCI-001301": [
		"SI-7 (3)"
	],
	"CCI-001308": [
		"SI-8 (2)"
	],
	"CCI-001310": [
		"SI-10"
	],
	"CCI-001312": [
		"SI-11 a"
	],
	"CCI-001314": [
		"SI-11 b"
	],
	"CCI-001315": [
		"SI-12"
	],
	"CCI-001318": [
		"SI-13 b"
	],
	"CCI-001319": [
		"SI-13 (1)"
	],
	"CCI-001320": [
		"SI-13 (1)"
	],
	"CCI-001321": [
		"SI-7 (16)"
	],
	"CCI-001322": [
		"SI-7 (16)"
	],
	"CCI-001323": [
		"SI-13 (3)"
	],
	"CCI-001326": [
		"SI-13 (4) (a)"
	],
	"CCI-001327": [
		"SI-13 (4) (a)"
	],
	"CCI-001328": [
		"SI-13 (4) (b)"
	],
	"CCI-001329": [
		"SI-13 (4) (b)"
	],
	"CCI-001330": [
		"AC-19 (4) (a)"
	],
	"CCI-001331": [
		"AC-19 (4) (b) (1)"
	],
	"CCI-001332": [
		"AC-19 (4) (b) (2)"
	],
	"CCI-001333": [
		"AC-19 (4) (b) (3)"
	],
	"CCI-001334": [
		"AC-19 (4) (b) (4)"
	],
	"CCI-001335": [
		"AC-19 (4) (b) (4)"
	],
	"CCI-001336": [
		"AT-4 b"
	],
	"CCI-001337": [
		"AT-4 b"
	],
	"CCI-001340": [
		"AU-10 (3)"
	],
	"CCI-001341": [
		"AU-10 (4) (a)"
	],
	"CCI-001348": [
		"AU-9 (2)"
	],
	"CCI-001349": [
		"AU-9 (2)"
	],
	"CCI-001350": [
		"AU-9 (3)"
	],
	"CCI-001351": [
		"AU-9 (4)"
	],
	"CCI-001353": [
		"AU-12 (2)"
	],
	"CCI-001358": [
		"AC-2 (7) (a)"
	],
	"CCI-001360": [
		"AC-2 (7) (b)"
	],
	"CCI-001361": [
		"AC-2 (2)"
	],
	"CCI-001365": [
		"AC-2 (2)"
	],
	"CCI-001368": [
		"AC-4"
	],
	"CCI-001371": [
		"AC-4 (14)"
	],
	"CCI-001372": [
		"AC-4 (14)"
	],
	"CCI-001373": [
		"AC-4 (15)"
	],
	"CCI-001374": [
		"AC-4 (15)"
	],
	"CCI-001384": [
		"AC-8 c 1"
	],
	"CCI-001385": [
		"AC-8 c 2"
	],
	"CCI-001386": [
		"AC-8 c 2"
	],
	"CCI-001387": [
		"AC-8 c 2"
	],
	"CCI-001388": [
		"AC-8 c 3"
	],
	"CCI-001389": [
		"AC-9 (2)"
	],
	"CCI-001390": [
		"AC-9 (2)"
	],
	"CCI-001391": [
		"AC-9 (2)"
	],
	"CCI-001392": [
		"AC-9 (2)"
	],
	"CCI-001393": [
		"AC-9 (3)"
	],
	"CCI-001394": [
		"AC-9 (3)"
	],
	"CCI-001395": [
		"AC-9 (3)"
	],
	"CCI-001403": [
		"AC-2 (4)"
	],
	"CCI-001404": [
		"AC-2 (4)"
	],
	"CCI-001405": [
		"AC-2 (4)"
	],
	"CCI-001406": [
		"AC-2 (5)"
	],
	"CCI-001407": [
		"AC-2 (7) (a)"
	],
	"CCI-001408": [
		"AC-3 (2)"
	],
	"CCI-001411": [
		"AC-3 (5)"
	],
	"CCI-001414": [
		"AC-4"
	],
	"CCI-001415": [
		"AC-4 (5)"
	],
	"CCI-001417": [
		"AC-4 (8) (a)"
	],
	"CCI-001419": [
		"AC-6 (2)"
	],
	"CCI-001420": [
		"AC-6 (3)"
	],
	"CCI-001422": [
		"AC-6 (6)"
	],
	"CCI-001423": [
		"AC-7 a"
	],
	"CCI-001424": [
		"AC-16 (1)"
	],
	"CCI-001425": [
		"AC-16 (2)"
	],
	"CCI-001428": [
		"AC-16 (4)"
	],
	"CCI-001429": [
		"AC-16 (5)"
	],
	"CCI-001430": [
		"AC-16 (5)"
	],
	"CCI-001439": [
		"AC-18 a"
	],
	"CCI-001441": [
		"AC-18 b"
	],
	"CCI-001443": [
		"AC-18 (1)"
	],
	"CCI-001444": [
		"AC-18 (1)"
	],
	"CCI-001449": [
		"AC-18 (3)"
	],
	"CCI-001451": [
		"AC-18 (5)"
	],
	"CCI-001453": [
		"AC-17 (2)"
	],
	"CCI-001458": [
		"AC-19 (4) (b) (4)"
	],
	"CCI-001459": [
		"AU-12 a"
	],
	"CCI-001460": [
		"AU-13 a"
	],
	"CCI-001461": [
		"AU-13 a"
	],
	"CCI-001464": [
		"AU-14 (1)"
	],
	"CCI-001470": [
		"AC-21 a"
	],
	"CCI-001471": [
		"AC-21 b"
	],
	"CCI-001472": [
		"AC-21 b"
	],
	"CCI-001473": [
		"AC-22 a"
	],
	"CCI-001474": [
		"AC-22 b"
	],
	"CCI-001475": [
		"AC-22 c"
	],
	"CCI-001476": [
		"AC-22 d"
	],
	"CCI-001477": [
		"AC-22 d"
	],
	"CCI-001478": [
		"AC-22 d"
	],
	"CCI-001481": [
		"AT-3 (1)"
	],
	"CCI-001482": [
		"AT-3 (1)"
	],
	"CCI-001483": [
		"AT-3 (1)"
	],
	"CCI-001484": [
		"AU-2 c"
	],
	"CCI-001485": [
		"AU-2 c"
	],
	"CCI-001487": [
		"AU-3 f"
	],
	"CCI-001488": [
		"AU-3 (1)"
	],
	"CCI-001490": [
		"AU-5 b"
	],
	"CCI-001491": [
		"AU-6 (6)"
	],
	"CCI-001493": [
		"AU-9 a"
	],
	"CCI-001494": [
		"AU-9"
	],
	"CCI-001495": [
		"AU-9"
	],
	"CCI-001496": [
		"AU-9 (3)"
	],
	"CCI-001497": [
		"CM-2 b 1"
	],
	"CCI-001498": [
		"CM-3 (1) (c)"
	],
	"CCI-001499": [
		"CM-5 (6)"
	],
	"CCI-001504": [
		"PS-1 a 1 (a)"
	],
	"CCI-001505": [
		"PS-1 a 1"
	],
	"CCI-001506": [
		"PS-1 c 1"
	],
	"CCI-001507": [
		"PS-1 c 1"
	],
	"CCI-001508": [
		"PS-1 c 2"
	],
	"CCI-001509": [
		"PS-1 a 2"
	],
	"CCI-001510": [
		"PS-1 a 2"
	],
	"CCI-001511": [
		"PS-1 c 2"
	],
	"CCI-001512": [
		"PS-2 a"
	],
	"CCI-001513": [
		"PS-2 b"
	],
	"CCI-001514": [
		"PS-2 c"
	],
	"CCI-001515": [
		"PS-2 c"
	],
	"CCI-001516": [
		"PS-3 a"
	],
	"CCI-001517": [
		"PS-3 b"
	],
	"CCI-001518": [
		"PS-3 b"
	],
	"CCI-001519": [
		"PS-3 b"
	],
	"CCI-001520": [
		"PS-3 (1)"
	],
	"CCI-001521": [
		"PS-3 (2)"
	],
	"CCI-001522": [
		"PS-4 a"
	],
	"CCI-001523": [
		"PS-4 c"
	],
	"CCI-001524": [
		"PS-4 d"
	],
	"CCI-001525": [
		"PS-4 e"
	],
	"CCI-001526": [
		"PS-4 e"
	],
	"CCI-001527": [
		"PS-5 a"
	],
	"CCI-001528": [
		"PS-5 b"
	],
	"CCI-001529": [
		"PS-5 b"
	],
	"CCI-001530": [
		"PS-5 b"
	],
	"CCI-001532": [
		"PS-6 b"
	],
	"CCI-001533": [
		"PS-6 b"
	],
	"CCI-001536": [
		"PS-6 (2) (a)"
	],
	"CCI-001537": [
		"PS-6 (2) (b)"
	],
	"CCI-001538": [
		"PS-6 (2) (c)"
	],
	"CCI-001539": [
		"PS-7 a"
	],
	"CCI-001540": [
		"PS-7 c"
	],
	"CCI-001541": [
		"PS-7 e"
	],
	"CCI-001544": [
		"IA-5 c"
	],
	"CCI-001545": [
		"AC-1 c 1"
	],
	"CCI-001546": [
		"AC-1 c 2"
	],
	"CCI-001547": [
		"AC-2 j"
	],
	"CCI-001548": [
		"AC-4"
	],
	"CCI-001549": [
		"AC-4"
	],
	"CCI-001553": [
		"AC-4 (10)"
	],
	"CCI-001554": [
		"AC-4 (11)"
	],
	"CCI-001558": [
		"AC-6 (1) (a)"
	],
	"CCI-001564": [
		"AT-1 c 1"
	],
	"CCI-001565": [
		"AT-1 c 2"
	],
	"CCI-001566": [
		"AT-3 (2)"
	],
	"CCI-001567": [
		"AT-3 (2)"
	],
	"CCI-001568": [
		"AT-3 (2)"
	],
	"CCI-001569": [
		"AU-1 c 1"
	],
	"CCI-001570": [
		"AU-1 c 2"
	],
	"CCI-001571": [
		"AU-2 a"
	],
	"CCI-001572": [
		"AU-5 a"
	],
	"CCI-001573": [
		"AU-5 (3)"
	],
	"CCI-001577": [
		"AU-12 (1)"
	],
	"CCI-001578": [
		"CA-1 c 2"
	],
	"CCI-001582": [
		"CA-2 (2)"
	],
	"CCI-001584": [
		"CM-1 c 2"
	],
	"CCI-001585": [
		"CM-2 b 2"
	],
	"CCI-001586": [
		"CM-3 g"
	],
	"CCI-001592": [
		"CM-7 (2)"
	],
	"CCI-001596": [
		"CP-1 c 2"
	],
	"CCI-001597": [
		"CP-1 a 2"
	],
	"CCI-001598": [
		"CP-1 c 2"
	],
	"CCI-001599": [
		"CP-2 (5)"
	],
	"CCI-001600": [
		"CP-2 (5)"
	],
	"CCI-001601": [
		"CP-2 (6)"
	],
	"CCI-001602": [
		"CP-2 (6)"
	],
	"CCI-001604": [
		"CP-6 (3)"
	],
	"CCI-001606": [
		"CP-7 (2)"
	],
	"CCI-001609": [
		"CP-9 (6)"
	],
	"CCI-001610": [
		"IA-5 f"
	],
	"CCI-001621": [
		"IA-5 (8)"
	],
	"CCI-001625": [
		"IR-4 c"
	],
	"CCI-001628": [
		"MA-1 c 2"
	],
	"CCI-001631": [
		"MA-4 (3) (b)"
	],
	"CCI-001632": [
		"MA-4 (4) (b) (1)"
	],
	"CCI-001635": [
		"PE-2 d"
	],
	"CCI-001636": [
		"PL-1 c 1"
	],
	"CCI-001637": [
		"PL-1 c 1"
	],
	"CCI-001638": [
		"PL-1 c 2"
	],
	"CCI-001640": [
		"PM-8"
	],
	"CCI-001641": [
		"RA-5 a"
	],
	"CCI-001642": [
		"RA-3 c"
	],
	"CCI-001643": [
		"RA-5 a"
	],
	"CCI-001645": [
		"RA-5 (5)"
	],
	"CCI-001646": [
		"SA-1 c 2"
	],
	"CCI-001661": [
		"SC-11 b"
	],
	"CCI-001662": [
		"SC-18 (1)"
	],
	"CCI-001663": [
		"SC-20 b"
	],
	"CCI-001664": [
		"SC-23 (3)"
	],
	"CCI-001665": [
		"SC-24"
	],
	"CCI-001669": [
		"SI-3 (6) (a)"
	],
	"CCI-001670": [
		"SI-4 (7) (b)"
	],
	"CCI-001671": [
		"SI-4 (11)"
	],
	"CCI-001673": [
		"SI-4 (14)"
	],
	"CCI-001675": [
		"SI-6 (3)"
	],
	"CCI-001678": [
		"SI-12"
	],
	"CCI-001680": [
		"PM-1 a 2"
	],
	"CCI-001682": [
		"AC-2 (2)"
	],
	"CCI-001687": [
		"SC-18 (2)"
	],
	"CCI-001688": [
		"SC-18 (2)"
	],
	"CCI-001695": [
		"SC-18 (3)"
	],
	"CCI-001726": [
		"CM-10 a"
	],
	"CCI-001727": [
		"CM-10 a"
	],
	"CCI-001728": [
		"CM-10 a"
	],
	"CCI-001729": [
		"CM-10 a"
	],
	"CCI-001730": [
		"CM-10 b"
	],
	"CCI-001731": [
		"CM-10 b"
	],
	"CCI-001732": [
		"CM-10 c"
	],
	"CCI-001733": [
		"CM-10 c"
	],
	"CCI-001734": [
		"CM-10 (1)"
	],
	"CCI-001735": [
		"CM-10 (1)"
	],
	"CCI-001736": [
		"CM-2 (3)"
	],
	"CCI-001737": [
		"CM-2 (7) (a)"
	],
	"CCI-001738": [
		"CM-2 (7) (a)"
	],
	"CCI-001739": [
		"CM-2 (7) (a)"
	],
	"CCI-001740": [
		"CM-3 b"
	],
	"CCI-001741": [
		"CM-3 c"
	],
	"CCI-001742": [
		"CM-3 (1) (b)"
	],
	"CCI-001743": [
		"CM-3 (5)"
	],
	"CCI-001744": [
		"CM-3 (5)"
	],
	"CCI-001745": [
		"CM-3 (6)"
	],
	"CCI-001746": [
		"CM-3 (6)"
	],
	"CCI-001751": [
		"CM-5 (4)"
	],
	"CCI-001752": [
		"CM-5 (4)"
	],
	"CCI-001753": [
		"CM-5 (5) (a)"
	],
	"CCI-001754": [
		"CM-5 (5) (a)"
	],
	"CCI-001755": [
		"CM-6 c"
	],
	"CCI-001756": [
		"CM-6 c"
	],
	"CCI-001757": [
		"CM-6 (2)"
	],
	"CCI-001758": [
		"CM-6 (2)"
	],
	"CCI-001759": [
		"CM-6 (2)"
	],
	"CCI-001760": [
		"CM-7 (1) (a)"
	],
	"CCI-001761": [
		"CM-7 (1) (b)"
	],
	"CCI-001762": [
		"CM-7 (1) (b)"
	],
	"CCI-001763": [
		"CM-7 (2)"
	],
	"CCI-001764": [
		"CM-7 (2)"
	],
	"CCI-001765": [
		"CM-7 (4) (a)"
	],
	"CCI-001766": [
		"CM-7 (4) (a)"
	],
	"CCI-001767": [
		"CM-7 (4) (b)"
	],
	"CCI-001768": [
		"CM-7 (4) (c)"
	],
	"CCI-001770": [
		"CM-7 (4) (c)"
	],
	"CCI-001772": [
		"CM-7 (5) (a)"
	],
	"CCI-001773": [
		"CM-7 (5) (a)"
	],
	"CCI-001774": [
		"CM-7 (5) (b)"
	],
	"CCI-001775": [
		"CM-7 (5) (c)"
	],
	"CCI-001777": [
		"CM-7 (5) (c)"
	],
	"CCI-001779": [
		"CM-8 b"
	],
	"CCI-001780": [
		"CM-8 b"
	],
	"CCI-001783": [
		"CM-8 (3) (b)"
	],
	"CCI-001784": [
		"CM-8 (3) (b)"
	],
	"CCI-001785": [
		"CM-8 (7)"
	],
	"CCI-001786": [
		"CM-8 (8)"
	],
	"CCI-001788": [
		"CM-8 (9) (a)"
	],
	"CCI-001789": [
		"CM-8 (9) (b)"
	],
	"CCI-001792": [
		"CM-9 b"
	],
	"CCI-001795": [
		"CM-9 b"
	],
	"CCI-001798": [
		"CM-9 c"
	],
	"CCI-001799": [
		"CM-9 e"
	],
	"CCI-001801": [
		"CM-9 e"
	],
	"CCI-001802": [
		"CM-10 b"
	],
	"CCI-001803": [
		"CM-10 b"
	],
	"CCI-001804": [
		"CM-11 a"
	],
	"CCI-001805": [
		"CM-11 a"
	],
	"CCI-001806": [
		"CM-11 b"
	],
	"CCI-001807": [
		"CM-11 b"
	],
	"CCI-001808": [
		"CM-11 c"
	],
	"CCI-001809": [
		"CM-11 c"
	],
	"CCI-001813": [
		"CM-5 (1) (a)"
	],
	"CCI-001815": [
		"CM-2 (7) (b)"
	],
	"CCI-001816": [
		"CM-2 (7) (b)"
	],
	"CCI-001817": [
		"CM-4 (1)"
	],
	"CCI-001818": [
		"CM-4 (1)"
	],
	"CCI-001819": [
		"CM-3 d"
	],
	"CCI-001821": [
		"CM-1 a 1 (a)"
	],
	"CCI-001822": [
		"CM-1 a 1 (a)"
	],
	"CCI-001824": [
		"CM-1 a 2"
	],
	"CCI-001825": [
		"CM-1 a 2"
	],
	"CCI-001832": [
		"AU-1 a 1 (a)"
	],
	"CCI-001834": [
		"AU-1 a 2"
	],
	"CCI-001848": [
		"AU-4"
	],
	"CCI-001849": [
		"AU-4"
	],
	"CCI-001850": [
		"AU-4 (1)"
	],
	"CCI-001851": [
		"AU-4 (1)"
	],
	"CCI-001852": [
		"AU-5 (1)"
	],
	"CCI-001853": [
		"AU-5 (1)"
	],
	"CCI-001854": [
		"AU-5 (1)"
	],
	"CCI-001855": [
		"AU-5 (1)"
	],
	"CCI-001856": [
		"AU-5 (2)"
	],
	"CCI-001857": [
		"AU-5 (2)"
	],
	"CCI-001858": [
		"AU-5 (2)"
	],
	"CCI-001859": [
		"AU-5 (3)"
	],
	"CCI-001860": [
		"AU-5 (4)"
	],
	"CCI-001861": [
		"AU-5 (4)"
	],
	"CCI-001862": [
		"AU-6 a"
	],
	"CCI-001863": [
		"AU-6 b"
	],
	"CCI-001864": [
		"AU-6 (1)"
	],
	"CCI-001865": [
		"AU-6 (1)"
	],
	"CCI-001866": [
		"AU-6 (5)"
	],
	"CCI-001867": [
		"AU-6 (5)"
	],
	"CCI-001868": [
		"AU-6 (7)"
	],
	"CCI-001869": [
		"AU-6 (7)"
	],
	"CCI-001870": [
		"AU-6 (8)"
	],
	"CCI-001871": [
		"AU-6 (9)"
	],
	"CCI-001875": [
		"AU-7 a"
	],
	"CCI-001876": [
		"AU-7 a"
	],
	"CCI-001877": [
		"AU-7 a"
	],
	"CCI-001878": [
		"AU-7 a"
	],
	"CCI-001879": [
		"AU-7 a"
	],
	"CCI-001880": [
		"AU-7 a"
	],
	"CCI-001881": [
		"AU-7 b"
	],
	"CCI-001882": [
		"AU-7 b"
	],
	"CCI-001883": [
		"AU-7 (1)"
	],
	"CCI-001888": [
		"AU-8 b"
	],
	"CCI-001889": [
		"AU-8 b"
	],
	"CCI-001890": [
		"AU-8 b"
	],
	"CCI-001894": [
		"AU-9 (4)"
	],
	"CCI-001895": [
		"AU-9 (5)"
	],
	"CCI-001896": [
		"AU-9 (5)"
	],
	"CCI-001897": [
		"AU-9 (6)"
	],
	"CCI-001898": [
		"AU-9 (6)"
	],
	"CCI-001899": [
		"AU-10"
	],
	"CCI-001900": [
		"AU-10 (1) (a)"
	],
	"CCI-001901": [
		"AU-10 (1) (a)"
	],
	"CCI-001902": [
		"AU-10 (1) (b)"
	],
	"CCI-001903": [
		"AU-10 (2) (a)"
	],
	"CCI-001904": [
		"AU-10 (2) (a)"
	],
	"CCI-001905": [
		"AU-10 (2) (b)"
	],
	"CCI-001906": [
		"AU-10 (2) (b)"
	],
	"CCI-001907": [
		"AU-10 (4) (a)"
	],
	"CCI-001908": [
		"AU-10 (4) (b)"
	],
	"CCI-001909": [
		"AU-10 (4) (b)"
	],
	"CCI-001910": [
		"AU-12 b"
	],
	"CCI-001911": [
		"AU-12 (3)"
	],
	"CCI-001912": [
		"AU-12 (3)"
	],
	"CCI-001913": [
		"AU-12 (3)"
	],
	"CCI-001914": [
		"AU-12 (3)"
	],
	"CCI-001915": [
		"AU-13 a"
	],
	"CCI-001917": [
		"AU-13 (2)"
	],
	"CCI-001918": [
		"AU-13 (2)"
	],
	"CCI-001919": [
		"AU-14 a"
	],
	"CCI-001920": [
		"AU-14 (3)"
	],
	"CCI-001923": [
		"AU-16"
	],
	"CCI-001924": [
		"AU-16"
	],
	"CCI-001925": [
		"AU-16"
	],
	"CCI-001926": [
		"AU-16 (1)"
	],
	"CCI-001927": [
		"AU-16 (2)"
	],
	"CCI-001928": [
		"AU-16 (2)"
	],
	"CCI-001929": [
		"AU-16 (2)"
	],
	"CCI-001930": [
		"AU-1 a 1"
	],
	"CCI-001931": [
		"AU-1 a 2"
	],
	"CCI-001941": [
		"IA-2 (8)"
	],
	"CCI-001943": [
		"IA-2 (10)"
	],
	"CCI-001944": [
		"IA-2 (10)"
	],
	"CCI-001945": [
		"IA-2 (10)"
	],
	"CCI-001946": [
		"IA-2 (10)"
	],
	"CCI-001953": [
		"IA-2 (12)"
	],
	"CCI-001954": [
		"IA-2 (12)"
	],
	"CCI-001955": [
		"IA-2 (13)"
	],
	"CCI-001956": [
		"IA-2 (13)"
	],
	"CCI-001957": [
		"IA-2 (13)"
	],
	"CCI-001958": [
		"IA-3"
	],
	"CCI-001959": [
		"IA-3 (1)"
	],
	"CCI-001960": [
		"IA-3 (3) (a)"
	],
	"CCI-001961": [
		"IA-3 (3) (a)"
	],
	"CCI-001962": [
		"IA-3 (3) (a)"
	],
	"CCI-001963": [
		"IA-3 (3) (a)"
	],
	"CCI-001965": [
		"IA-3 (4)"
	],
	"CCI-001966": [
		"IA-3 (4)"
	],
	"CCI-001967": [
		"IA-3 (1)"
	],
	"CCI-001968": [
		"IA-3 (4)"
	],
	"CCI-001969": [
		"IA-3 (4)"
	],
	"CCI-001970": [
		"IA-4 a"
	],
	"CCI-001971": [
		"IA-4 a"
	],
	"CCI-001972": [
		"IA-4 b"
	],
	"CCI-001973": [
		"IA-4 c"
	],
	"CCI-001974": [
		"IA-4 d"
	],
	"CCI-001975": [
		"IA-4 d"
	],
	"CCI-001976": [
		"IA-4 (5)"
	],
	"CCI-001977": [
		"IA-4 (6)"
	],
	"CCI-001978": [
		"IA-4 (6)"
	],
	"CCI-001980": [
		"IA-5 a"
	],
	"CCI-001981": [
		"IA-5 d"
	],
	"CCI-001984": [
		"IA-5 d"
	],
	"CCI-001985": [
		"IA-5 d"
	],
	"CCI-001988": [
		"IA-5 d"
	],
	"CCI-001990": [
		"IA-5 i"
	],
	"CCI-001998": [
		"IA-5 (5)"
	],
	"CCI-002001": [
		"IA-5 (10)"
	],
	"CCI-002004": [
		"IA-5 (12)"
	],
	"CCI-002005": [
		"IA-5 (12)"
	],
	"CCI-002006": [
		"IA-5 (13)"
	],
	"CCI-002007": [
		"IA-5 (13)"
	],
	"CCI-002008": [
		"IA-5 (14)"
	],
	"CCI-002009": [
		"IA-8 (1)"
	],
	"CCI-002010": [
		"IA-8 (1)"
	],
	"CCI-002015": [
		"IA-8 (5)"
	],
	"CCI-002016": [
		"IA-8 (5)"
	],
	"CCI-002018": [
		"IA-9"
	],
	"CCI-002021": [
		"IA-9"
	],
	"CCI-002022": [
		"IA-9"
	],
	"CCI-002033": [
		"IA-10"
	],
	"CCI-002034": [
		"IA-10"
	],
	"CCI-002035": [
		"IA-10"
	],
	"CCI-002036": [
		"IA-11"
	],
	"CCI-002042": [
		"IA-5 g"
	],
	"CCI-002044": [
		"AU-11 (1)"
	],
	"CCI-002045": [
		"AU-11 (1)"
	],
	"CCI-002047": [
		"AU-12 (3)"
	],
	"CCI-002048": [
		"AT-1 a 1 (a)"
	],
	"CCI-002049": [
		"AT-1 a 2"
	],
	"CCI-002050": [
		"AT-3 (1)"
	],
	"CCI-002051": [
		"AT-3 (2)"
	],
	"CCI-002052": [
		"AT-3 (3)"
	],
	"CCI-002055": [
		"AT-2 (2)"
	],
	"CCI-002056": [
		"CM-3 d"
	],
	"CCI-002057": [
		"CM-3 (1) (f)"
	],
	"CCI-002058": [
		"CM-3 (1) (f)"
	],
	"CCI-002059": [
		"CM-6 (1)"
	],
	"CCI-002061": [
		"CA-1 a 1 (a)"
	],
	"CCI-002062": [
		"CA-1 a 2"
	],
	"CCI-002065": [
		"CA-2 (2)"
	],
	"CCI-002066": [
		"CA-2 (3)"
	],
	"CCI-002067": [
		"CA-2 (3)"
	],
	"CCI-002068": [
		"CA-2 (3)"
	],
	"CCI-002069": [
		"CA-2 (3)"
	],
	"CCI-002070": [
		"CA-2 b 3"
	],
	"CCI-002071": [
		"CA-2 f"
	],
	"CCI-002083": [
		"CA-3 c"
	],
	"CCI-002084": [
		"CA-3 c"
	],
	"CCI-002086": [
		"CA-7 (3)"
	],
	"CCI-002087": [
		"CA-7 a"
	],
	"CCI-002088": [
		"CA-7 b"
	],
	"CCI-002090": [
		"CA-7 d"
	],
	"CCI-002091": [
		"CA-7 e"
	],
	"CCI-002092": [
		"CA-7 f"
	],
	"CCI-002093": [
		"CA-8"
	],
	"CCI-002094": [
		"CA-8"
	],
	"CCI-002095": [
		"CA-8"
	],
	"CCI-002096": [
		"CA-8 (1)"
	],
	"CCI-002097": [
		"CA-8 (2)"
	],
	"CCI-002099": [
		"CA-8 (2)"
	],
	"CCI-002100": [
		"CA-9 (1)"
	],
	"CCI-002101": [
		"CA-9 (a)"
	],
	"CCI-002102": [
		"CA-9 (a)"
	],
	"CCI-002103": [
		"CA-9 (b)"
	],
	"CCI-002104": [
		"CA-9 (b)"
	],
	"CCI-002105": [
		"CA-9 (b)"
	],
	"CCI-002107": [
		"AC-1 a 1 (a)"
	],
	"CCI-002108": [
		"AC-1 a 2"
	],
	"CCI-002112": [
		"AC-2 b"
	],
	"CCI-002115": [
		"AC-2 d 1"
	],
	"CCI-002116": [
		"AC-2 d 2"
	],
	"CCI-002117": [
		"AC-2 d 2"
	],
	"CCI-002118": [
		"AC-2 d 3"
	],
	"CCI-002119": [
		"AC-2 d 3"
	],
	"CCI-002120": [
		"AC-2 e"
	],
	"CCI-002121": [
		"AC-2 f"
	],
	"CCI-002122": [
		"AC-2 g"
	],
	"CCI-002123": [
		"AC-2 h 1"
	],
	"CCI-002124": [
		"AC-2 h 2"
	],
	"CCI-002125": [
		"AC-2 h 3"
	],
	"CCI-002126": [
		"AC-2 i 1"
	],
	"CCI-002127": [
		"AC-2 i 2"
	],
	"CCI-002128": [
		"AC-2 i 3"
	],
	"CCI-002129": [
		"AC-2 k"
	],
	"CCI-002130": [
		"AC-2 (4)"
	],
	"CCI-002133": [
		"AC-2 (5)"
	],
	"CCI-002134": [
		"AC-2 (6)"
	],
	"CCI-002135": [
		"AC-2 (6)"
	],
	"CCI-002137": [
		"AC-2 (7) (d)"
	],
	"CCI-002138": [
		"AC-2 (8)"
	],
	"CCI-002139": [
		"AC-2 (8)"
	],
	"CCI-002140": [
		"AC-2 (9)"
	],
	"CCI-002141": [
		"AC-2 (9)"
	],
	"CCI-002143": [
		"AC-2 (11)"
	],
	"CCI-002144": [
		"AC-2 (11)"
	],
	"CCI-002145": [
		"AC-2 (11)"
	],
	"CCI-002146": [
		"AC-2 (12) (a)"
	],
	"CCI-002147": [
		"AC-2 (12) (a)"
	],
	"CCI-002148": [
		"AC-2 (12) (b)"
	],
	"CCI-002149": [
		"AC-2 (12) (b)"
	],
	"CCI-002150": [
		"AC-2 (13)"
	],
	"CCI-002151": [
		"AC-2 (13)"
	],
	"CCI-002152": [
		"AC-3 (2)"
	],
	"CCI-002153": [
		"AC-3 (3)"
	],
	"CCI-002154": [
		"AC-3 (3) (a)"
	],
	"CCI-002155": [
		"AC-3 (3) (b) (1)"
	],
	"CCI-002156": [
		"AC-3 (3) (b) (2)"
	],
	"CCI-002157": [
		"AC-3 (3) (b) (3)"
	],
	"CCI-002158": [
		"AC-3 (3) (b) (4)"
	],
	"CCI-002159": [
		"AC-3 (3) (b) (4)"
	],
	"CCI-002160": [
		"AC-3 (3) (b) (5)"
	],
	"CCI-002161": [
		"AC-3 (3) (c)"
	],
	"CCI-002162": [
		"AC-3 (3) (c)"
	],
	"CCI-002163": [
		"AC-3 (4)"
	],
	"CCI-002164": [
		"AC-3 (4)"
	],
	"CCI-002165": [
		"AC-3 (4)"
	],
	"CCI-002166": [
		"AC-3 (7)"
	],
	"CCI-002169": [
		"AC-3 (7)"
	],
	"CCI-002170": [
		"AC-3 (7)"
	],
	"CCI-002173": [
		"AC-3 (7)"
	],
	"CCI-002174": [
		"AC-3 (7)"
	],
	"CCI-002177": [
		"AC-3 (8)"
	],
	"CCI-002178": [
		"AC-3 (8)"
	],
	"CCI-002179": [
		"AC-3 (8)"
	],
	"CCI-002180": [
		"AC-3 (9) (a)"
	],
	"CCI-002181": [
		"AC-3 (9) (a)"
	],
	"CCI-002182": [
		"AC-3 (9) (a)"
	],
	"CCI-002183": [
		"AC-3 (9) (b)"
	],
	"CCI-002184": [
		"AC-3 (9) (b)"
	],
	"CCI-002185": [
		"AC-3 (10)"
	],
	"CCI-002186": [
		"AC-3 (10)"
	],
	"CCI-002187": [
		"AC-4 (1)"
	],
	"CCI-002188": [
		"AC-4 (1)"
	],
	"CCI-002189": [
		"AC-4 (1)"
	],
	"CCI-002190": [
		"AC-4 (1)"
	],
	"CCI-002191": [
		"AC-4 (2)"
	],
	"CCI-002192": [
		"AC-4 (3)"
	],
	"CCI-002193": [
		"AC-4 (4)"
	],
	"CCI-002194": [
		"AC-4 (6)"
	],
	"CCI-002195": [
		"AC-4 (8) (a)"
	],
	"CCI-002196": [
		"AC-4 (9)"
	],
	"CCI-002197": [
		"AC-4 (9)"
	],
	"CCI-002198": [
		"AC-4 (9)"
	],
	"CCI-002199": [
		"AC-4 (10)"
	],
	"CCI-002200": [
		"AC-4 (12)"
	],
	"CCI-002201": [
		"AC-4 (12)"
	],
	"CCI-002202": [
		"AC-4 (13)"
	],
	"CCI-002203": [
		"AC-4 (15)"
	],
	"CCI-002204": [
		"AC-4 (15)"
	],
	"CCI-002205": [
		"AC-4 (17)"
	],
	"CCI-002207": [
		"AC-4 (17)"
	],
	"CCI-002211": [
		"AC-4 (19)"
	],
	"CCI-002212": [
		"AC-4 (20)"
	],
	"CCI-002213": [
		"AC-4 (20)"
	],
	"CCI-002214": [
		"AC-4 (20)"
	],
	"CCI-002215": [
		"AC-4 (21)"
	],
	"CCI-002216": [
		"AC-4 (21)"
	],
	"CCI-002217": [
		"AC-4 (21)"
	],
	"CCI-002218": [
		"AC-4 (22)"
	],
	"CCI-002219": [
		"AC-5 a"
	],
	"CCI-002220": [
		"AC-5 b"
	],
	"CCI-002221": [
		"AC-6 (1) (b)"
	],
	"CCI-002222": [
		"AC-6 (1) (a)"
	],
	"CCI-002223": [
		"AC-6 (1) (b)"
	],
	"CCI-002224": [
		"AC-6 (3)"
	],
	"CCI-002225": [
		"AC-6 (4)"
	],
	"CCI-002226": [
		"AC-6 (5)"
	],
	"CCI-002227": [
		"AC-6 (5)"
	],
	"CCI-002228": [
		"AC-6 (7) (a)"
	],
	"CCI-002229": [
		"AC-6 (7) (a)"
	],
	"CCI-002230": [
		"AC-6 (7) (a)"
	],
	"CCI-002231": [
		"AC-6 (7) (b)"
	],
	"CCI-002232": [
		"AC-6 (8)"
	],
	"CCI-002233": [
		"AC-6 (8)"
	],
	"CCI-002234": [
		"AC-6 (9)"
	],
	"CCI-002235": [
		"AC-6 (10)"
	],
	"CCI-002236": [
		"AC-7 b"
	],
	"CCI-002237": [
		"AC-7 b"
	],
	"CCI-002238": [
		"AC-7 b"
	],
	"CCI-002239": [
		"AC-7 (2)"
	],
	"CCI-002240": [
		"AC-7 (2)"
	],
	"CCI-002241": [
		"AC-7 (2)"
	],
	"CCI-002242": [
		"AC-7 (2)"
	],
	"CCI-002243": [
		"AC-8 a 1"
	],
	"CCI-002244": [
		"AC-8 a 2"
	],
	"CCI-002245": [
		"AC-8 a 3"
	],
	"CCI-002246": [
		"AC-8 a 4"
	],
	"CCI-002247": [
		"AC-8 a"
	],
	"CCI-002248": [
		"AC-8 c 1"
	],
	"CCI-002249": [
		"AC-9 (4)"
	],
	"CCI-002250": [
		"AC-9 (4)"
	],
	"CCI-002252": [
		"AC-10"
	],
	"CCI-002256": [
		"AC-16 a"
	],
	"CCI-002257": [
		"AC-16 a"
	],
	"CCI-002258": [
		"AC-16 a"
	],
	"CCI-002259": [
		"AC-16 a"
	],
	"CCI-002260": [
		"AC-16 a"
	],
	"CCI-002261": [
		"AC-16 a"
	],
	"CCI-002262": [
		"AC-16 a"
	],
	"CCI-002263": [
		"AC-16 a"
	],
	"CCI-002264": [
		"AC-16 a"
	],
	"CCI-002265": [
		"AC-16 b"
	],
	"CCI-002266": [
		"AC-16 b"
	],
	"CCI-002267": [
		"AC-16 c"
	],
	"CCI-002268": [
		"AC-16 c"
	],
	"CCI-002269": [
		"AC-16 c"
	],
	"CCI-002270": [
		"AC-16 d"
	],
	"CCI-002271": [
		"AC-16 d"
	],
	"CCI-002272": [
		"AC-16 (1)"
	],
	"CCI-002273": [
		"AC-16 (1)"
	],
	"CCI-002274": [
		"AC-16 (1)"
	],
	"CCI-002275": [
		"AC-16 (1)"
	],
	"CCI-002277": [
		"AC-16 (2)"
	],
	"CCI-002278": [
		"AC-16 (3)"
	],
	"CCI-002279": [
		"AC-16 (3)"
	],
	"CCI-002280": [
		"AC-16 (3)"
	],
	"CCI-002281": [
		"AC-16 (3)"
	],
	"CCI-002282": [
		"AC-16 (3)"
	],
	"CCI-002283": [
		"AC-16 (3)"
	],
	"CCI-002284": [
		"AC-16 (3)"
	],
	"CCI-002286": [
		"AC-16 (4)"
	],
	"CCI-002287": [
		"AC-16 (4)"
	],
	"CCI-002288": [
		"AC-16 (4)"
	],
	"CCI-002289": [
		"AC-16 (4)"
	],
	"CCI-002290": [
		"AC-16 (4)"
	],
	"CCI-002291": [
		"AC-16 (6)"
	],
	"CCI-002292": [
		"AC-16 (6)"
	],
	"CCI-002293": [
		"AC-16 (6)"
	],
	"CCI-002294": [
		"AC-16 (6)"
	],
	"CCI-002295": [
		"AC-16 (6)"
	],
	"CCI-002296": [
		"AC-16 (6)"
	],
	"CCI-002297": [
		"AC-16 (6)"
	],
	"CCI-002298": [
		"AC-16 (6)"
	],
	"CCI-002299": [
		"AC-16 (7)"
	],
	"CCI-002300": [
		"AC-16 (8)"
	],
	"CCI-002301": [
		"AC-16 (8)"
	],
	"CCI-002302": [
		"AC-16 (8)"
	],
	"CCI-002303": [
		"AC-16 (9)"
	],
	"CCI-002304": [
		"AC-16 (9)"
	],
	"CCI-002306": [
		"AC-16 (10)"
	],
	"CCI-002307": [
		"AC-16 (10)"
	],
	"CCI-002308": [
		"AC-16 (10)"
	],
	"CCI-002309": [
		"AC-16 (10)"
	],
	"CCI-002310": [
		"AC-17 a"
	],
	"CCI-002311": [
		"AC-17 a"
	],
	"CCI-002312": [
		"AC-17 a"
	],
	"CCI-002314": [
		"AC-17 (1)"
	],
	"CCI-002316": [
		"AC-17 (4) (a)"
	],
	"CCI-002317": [
		"AC-17 (4) (a)"
	],
	"CCI-002318": [
		"AC-17 (4) (a)"
	],
	"CCI-002319": [
		"AC-17 (4) (b)"
	],
	"CCI-002320": [
		"AC-17 (4) (b)"
	],
	"CCI-002321": [
		"AC-17 (9)"
	],
	"CCI-002322": [
		"AC-17 (9)"
	],
	"CCI-002323": [
		"AC-18 a"
	],
	"CCI-002324": [
		"AC-18 (4)"
	],
	"CCI-002325": [
		"AC-19 a"
	],
	"CCI-002326": [
		"AC-19 a"
	],
	"CCI-002327": [
		"AC-19 (4) (c)"
	],
	"CCI-002328": [
		"AC-19 (4) (c)"
	],
	"CCI-002329": [
		"AC-19 (5)"
	],
	"CCI-002330": [
		"AC-19 (5)"
	],
	"CCI-002331": [
		"AC-19 (5)"
	],
	"CCI-002332": [
		"AC-20 a 2"
	],
	"CCI-002337": [
		"AC-20 (1) (b)"
	],
	"CCI-002338": [
		"AC-20 (3)"
	],
	"CCI-002339": [
		"AC-20 (4)"
	],
	"CCI-002340": [
		"AC-20 (4)"
	],
	"CCI-002341": [
		"AC-21 (2)"
	],
	"CCI-002342": [
		"AC-21 (2)"
	],
	"CCI-002343": [
		"AC-23"
	],
	"CCI-002344": [
		"AC-23"
	],
	"CCI-002345": [
		"AC-23"
	],
	"CCI-002346": [
		"AC-23"
	],
	"CCI-002347": [
		"AC-23"
	],
	"CCI-002348": [
		"AC-24"
	],
	"CCI-002349": [
		"AC-24"
	],
	"CCI-002350": [
		"AC-24 (1)"
	],
	"CCI-002351": [
		"AC-24 (1)"
	],
	"CCI-002352": [
		"AC-24 (1)"
	],
	"CCI-002353": [
		"AC-24 (1)"
	],
	"CCI-002354": [
		"AC-24 (2)"
	],
	"CCI-002355": [
		"AC-24 (2)"
	],
	"CCI-002356": [
		"AC-25"
	],
	"CCI-002357": [
		"AC-25"
	],
	"CCI-002358": [
		"AC-25"
	],
	"CCI-002359": [
		"AC-25"
	],
	"CCI-002360": [
		"AC-12"
	],
	"CCI-002361": [
		"AC-12"
	],
	"CCI-002362": [
		"AC-12 (1)"
	],
	"CCI-002363": [
		"AC-12 (1)"
	],
	"CCI-002364": [
		"AC-12 (2)"
	],
	"CCI-002368": [
		"RA-1 a 1 (a)"
	],
	"CCI-002369": [
		"RA-1 a 2"
	],
	"CCI-002370": [
		"RA-3 e"
	],
	"CCI-002371": [
		"RA-3 e"
	],
	"CCI-002372": [
		"RA-5 (10)"
	],
	"CCI-002373": [
		"RA-5 (3)"
	],
	"CCI-002374": [
		"RA-5 (4)"
	],
	"CCI-002375": [
		"RA-5 (4)"
	],
	"CCI-002376": [
		"RA-5 e"
	],
	"CCI-002378": [
		"SC-1 a 1"
	],
	"CCI-002380": [
		"SC-1 a 2"
	],
	"CCI-002381": [
		"SC-3 (3)"
	],
	"CCI-002382": [
		"SC-3 (4)"
	],
	"CCI-002383": [
		"SC-4 (2)"
	],
	"CCI-002384": [
		"SC-4 (2)"
	],
	"CCI-002385": [
		"SC-5 a"
	],
	"CCI-002387": [
		"SC-5 (1)"
	],
	"CCI-002388": [
		"SC-5 (3) (a)"
	],
	"CCI-002389": [
		"SC-5 (3) (a)"
	],
	"CCI-002390": [
		"SC-5 (3) (b)"
	],
	"CCI-002391": [
		"SC-5 (3) (b)"
	],
	"CCI-002392": [
		"SC-6"
	],
	"CCI-002393": [
		"SC-6"
	],
	"CCI-002394": [
		"SC-6"
	],
	"CCI-002395": [
		"SC-7 b"
	],
	"CCI-002396": [
		"SC-7 (4) (c)"
	],
	"CCI-002397": [
		"SC-7 (7)"
	],
	"CCI-002398": [
		"SC-7 (9) (a)"
	],
	"CCI-002399": [
		"SC-7 (9) (a)"
	],
	"CCI-002400": [
		"SC-7 (9) (b)"
	],
	"CCI-002401": [
		"SC-7 (11)"
	],
	"CCI-002402": [
		"SC-7 (11)"
	],
	"CCI-002403": [
		"SC-7 (11)"
	],
	"CCI-002404": [
		"SC-7 (12)"
	],
	"CCI-002405": [
		"SC-7 (12)"
	],
	"CCI-002406": [
		"SC-7 (12)"
	],
	"CCI-002407": [
		"SC-7 (14)"
	],
	"CCI-002408": [
		"SC-7 (19)"
	],
	"CCI-002409": [
		"SC-7 (19)"
	],
	"CCI-002410": [
		"SC-7 (20)"
	],
	"CCI-002411": [
		"SC-7 (20)"
	],
	"CCI-002413": [
		"SC-7 (21)"
	],
	"CCI-002414": [
		"SC-7 (21)"
	],
	"CCI-002415": [
		"SC-7 (21)"
	],
	"CCI-002416": [
		"SC-7 (22)"
	],
	"CCI-002417": [
		"SC-7 (23)"
	],
	"CCI-002418": [
		"SC-8"
	],
	"CCI-002420": [
		"SC-8 (2)"
	],
	"CCI-002421": [
		"SC-8 (1)"
	],
	"CCI-002422": [
		"SC-8 (2)"
	],
	"CCI-002423": [
		"SC-8 (3)"
	],
	"CCI-002424": [
		"SC-8 (4)"
	],
	"CCI-002425": [
		"SC-8 (4)"
	],
	"CCI-002426": [
		"SC-11 (1) (a)"
	],
	"CCI-002427": [
		"SC-8 (3)"
	],
	"CCI-002428": [
		"SC-12"
	],
	"CCI-002429": [
		"SC-12"
	],
	"CCI-002430": [
		"SC-12"
	],
	"CCI-002431": [
		"SC-12"
	],
	"CCI-002432": [
		"SC-12"
	],
	"CCI-002433": [
		"SC-12"
	],
	"CCI-002434": [
		"SC-12"
	],
	"CCI-002435": [
		"SC-12"
	],
	"CCI-002436": [
		"SC-12"
	],
	"CCI-002437": [
		"SC-12"
	],
	"CCI-002438": [
		"SC-12"
	],
	"CCI-002439": [
		"SC-12"
	],
	"CCI-002440": [
		"SC-12"
	],
	"CCI-002441": [
		"SC-12"
	],
	"CCI-002442": [
		"SC-12"
	],
	"CCI-002443": [
		"SC-12 (2)"
	],
	"CCI-002444": [
		"SC-12 (2)"
	],
	"CCI-002445": [
		"SC-12 (2)"
	],
	"CCI-002446": [
		"SC-12 (3)"
	],
	"CCI-002447": [
		"SC-12 (3)"
	],
	"CCI-002448": [
		"SC-12 (3)"
	],
	"CCI-002449": [
		"SC-13"
	],
	"CCI-002450": [
		"SC-13 b"
	],
	"CCI-002451": [
		"SC-15 (3)"
	],
	"CCI-002452": [
		"SC-15 (4)"
	],
	"CCI-002453": [
		"SC-15 (4)"
	],
	"CCI-002454": [
		"SC-16"
	],
	"CCI-002455": [
		"SC-16"
	],
	"CCI-002456": [
		"SC-17 a"
	],
	"CCI-002457": [
		"SC-18 (1)"
	],
	"CCI-002458": [
		"SC-18 (1)"
	],
	"CCI-002459": [
		"SC-18 (3)"
	],
	"CCI-002460": [
		"SC-18 (4)"
	],
	"CCI-002461": [
		"SC-18 (5)"
	],
	"CCI-002462": [
		"SC-20 a"
	],
	"CCI-002463": [
		"SC-20 (2)"
	],
	"CCI-002464": [
		"SC-20 (2)"
	],
	"CCI-002465": [
		"SC-21"
	],
	"CCI-002466": [
		"SC-21"
	],
	"CCI-002467": [
		"SC-21"
	],
	"CCI-002468": [
		"SC-21"
	],
	"CCI-002469": [
		"SC-23 (5)"
	],
	"CCI-002470": [
		"SC-23 (5)"
	],
	"CCI-002471": [
		"SC-25"
	],
	"CCI-002472": [
		"SC-28"
	],
	"CCI-002473": [
		"SC-28 (1)"
	],
	"CCI-002474": [
		"SC-28 (1)"
	],
	"CCI-002475": [
		"SC-28 (1)"
	],
	"CCI-002476": [
		"SC-28 (1)"
	],
	"CCI-002477": [
		"SC-28 (2)"
	],
	"CCI-002478": [
		"SC-28 (2)"
	],
	"CCI-002479": [
		"SC-28 (2)"
	],
	"CCI-002480": [
		"SC-29"
	],
	"CCI-002481": [
		"SC-29 (1)"
	],
	"CCI-002482": [
		"SC-30"
	],
	"CCI-002483": [
		"SC-30"
	],
	"CCI-002484": [
		"SC-30"
	],
	"CCI-002485": [
		"SC-30"
	],
	"CCI-002486": [
		"SC-30 (2)"
	],
	"CCI-002487": [
		"SC-30 (2)"
	],
	"CCI-002488": [
		"SC-30 (2)"
	],
	"CCI-002489": [
		"SC-30 (3)"
	],
	"CCI-002490": [
		"SC-30 (3)"
	],
	"CCI-002492": [
		"SC-30 (3)"
	],
	"CCI-002493": [
		"SC-30 (4)"
	],
	"CCI-002494": [
		"SC-30 (4)"
	],
	"CCI-002495": [
		"SC-30 (5)"
	],
	"CCI-002496": [
		"SC-30 (5)"
	],
	"CCI-002497": [
		"SC-30 (5)"
	],
	"CCI-002498": [
		"SC-31 a"
	],
	"CCI-002499": [
		"SC-31 b"
	],
	"CCI-002500": [
		"SC-31 (2)"
	],
	"CCI-002501": [
		"SC-31 (2)"
	],
	"CCI-002502": [
		"SC-31 (3)"
	],
	"CCI-002503": [
		"SC-31 (3)"
	],
	"CCI-002504": [
		"SC-32"
	],
	"CCI-002505": [
		"SC-32"
	],
	"CCI-002506": [
		"SC-32"
	],
	"CCI-002507": [
		"SC-34 (2)"
	],
	"CCI-002508": [
		"SC-51 a"
	],
	"CCI-002509": [
		"SC-51 a"
	],
	"CCI-002510": [
		"SC-51 b"
	],
	"CCI-002511": [
		"SC-51 b"
	],
	"CCI-002512": [
		"SC-51 b"
	],
	"CCI-002513": [
		"SC-36"
	],
	"CCI-002514": [
		"SC-36"
	],
	"CCI-002515": [
		"SC-36"
	],
	"CCI-002516": [
		"SC-36"
	],
	"CCI-002517": [
		"SC-36 (1) (a)"
	],
	"CCI-002518": [
		"SC-36 (1) (a)"
	],
	"CCI-002519": [
		"SC-36 (1) (a)"
	],
	"CCI-002520": [
		"SC-36 (1) (a)"
	],
	"CCI-002521": [
		"SC-37"
	],
	"CCI-002522": [
		"SC-37"
	],
	"CCI-002523": [
		"SC-37, SC-37 (1)"
	],
	"CCI-002524": [
		"SC-37"
	],
	"CCI-002525": [
		"SC-37 (1)"
	],
	"CCI-002526": [
		"SC-37 (1)"
	],
	"CCI-002527": [
		"SC-37 (1)"
	],
	"CCI-002528": [
		"SC-38"
	],
	"CCI-002529": [
		"SC-38"
	],
	"CCI-002530": [
		"SC-39"
	],
	"CCI-002531": [
		"SC-39 (1)"
	],
	"CCI-002532": [
		"SC-39 (2)"
	],
	"CCI-002533": [
		"SC-39 (2)"
	],
	"CCI-002534": [
		"SC-40"
	],
	"CCI-002535": [
		"SC-40"
	],
	"CCI-002536": [
		"SC-40"
	],
	"CCI-002537": [
		"SC-40 (1)"
	],
	"CCI-002538": [
		"SC-40 (1)"
	],
	"CCI-002539": [
		"SC-40 (2)"
	],
	"CCI-002540": [
		"SC-40 (2)"
	],
	"CCI-002541": [
		"SC-40 (3)"
	],
	"CCI-002542": [
		"SC-40 (4)"
	],
	"CCI-002543": [
		"SC-40 (4)"
	],
	"CCI-002544": [
		"SC-41"
	],
	"CCI-002545": [
		"SC-41"
	],
	"CCI-002546": [
		"SC-41"
	],
	"CCI-002547": [
		"SC-42 a"
	],
	"CCI-002548": [
		"SC-42 a"
	],
	"CCI-002549": [
		"SC-42 b"
	],
	"CCI-002550": [
		"SC-42 b"
	],
	"CCI-002551": [
		"SC-42 (1)"
	],
	"CCI-002552": [
		"SC-42 (1)"
	],
	"CCI-002553": [
		"SC-42 (2)"
	],
	"CCI-002554": [
		"SC-42 (2)"
	],
	"CCI-002555": [
		"SC-42 (2)"
	],
	"CCI-002556": [
		"SC-42 a"
	],
	"CCI-002557": [
		"SC-42 a"
	],
	"CCI-002559": [
		"SC-43 a"
	],
	"CCI-002560": [
		"SC-43 a"
	],
	"CCI-002561": [
		"SC-43 b"
	],
	"CCI-002562": [
		"SC-43 b"
	],
	"CCI-002563": [
		"SC-43 b"
	],
	"CCI-002564": [
		"SC-44"
	],
	"CCI-002565": [
		"SC-44"
	],
	"CCI-002566": [
		"MP-1 a 1"
	],
	"CCI-002567": [
		"MP-6 (1)"
	],
	"CCI-002568": [
		"MP-6 (1)"
	],
	"CCI-002569": [
		"MP-6 (1)"
	],
	"CCI-002570": [
		"MP-6 (1)"
	],
	"CCI-002571": [
		"MP-6 (1)"
	],
	"CCI-002572": [
		"MP-6 (1)"
	],
	"CCI-002573": [
		"MP-6 (7)"
	],
	"CCI-002574": [
		"MP-6 (7)"
	],
	"CCI-002575": [
		"MP-6 (8)"
	],
	"CCI-002576": [
		"MP-6 (8)"
	],
	"CCI-002577": [
		"MP-6 (8)"
	],
	"CCI-002578": [
		"MP-6 a"
	],
	"CCI-002579": [
		"MP-6 a"
	],
	"CCI-002580": [
		"MP-6 b"
	],
	"CCI-002581": [
		"MP-7 (a)"
	],
	"CCI-002582": [
		"MP-7 (a)"
	],
	"CCI-002583": [
		"MP-7 (a)"
	],
	"CCI-002584": [
		"MP-7 (a)"
	],
	"CCI-002585": [
		"MP-7 (b)"
	],
	"CCI-002586": [
		"MP-7 (2)"
	],
	"CCI-002587": [
		"MP-8 (1)"
	],
	"CCI-002591": [
		"MP-8 (2)"
	],
	"CCI-002593": [
		"MP-8 (3)"
	],
	"CCI-002594": [
		"MP-8 (4)"
	],
	"CCI-002600": [
		"MP-8 d"
	],
	"CCI-002601": [
		"SI-1 a"
	],
	"CCI-002602": [
		"SI-2 b"
	],
	"CCI-002603": [
		"SI-2 b"
	],
	"CCI-002604": [
		"SI-2 c"
	],
	"CCI-002605": [
		"SI-2 c"
	],
	"CCI-002606": [
		"SI-2 c"
	],
	"CCI-002607": [
		"SI-2 c"
	],
	"CCI-002608": [
		"SI-2 (3) (b)"
	],
	"CCI-002609": [
		"SI-2 (5)"
	],
	"CCI-002610": [
		"SI-2 (5)"
	],
	"CCI-002611": [
		"SI-2 (5)"
	],
	"CCI-002612": [
		"SI-2 (5)"
	],
	"CCI-002613": [
		"SI-2 (5)"
	],
	"CCI-002614": [
		"SI-2 (5)"
	],
	"CCI-002615": [
		"SI-2 (6)"
	],
	"CCI-002616": [
		"SI-2 (6)"
	],
	"CCI-002617": [
		"SI-2 (6)"
	],
	"CCI-002618": [
		"SI-2 (6)"
	],
	"CCI-002623": [
		"SI-3 c 1"
	],
	"CCI-002624": [
		"SI-3 c 1"
	],
	"CCI-002625": [
		"SI-3 (6) (b)"
	],
	"CCI-002626": [
		"SI-3 (6) (b)"
	],
	"CCI-002628": [
		"SI-3 (8) (a)"
	],
	"CCI-002629": [
		"SI-3 (8) (a)"
	],
	"CCI-002630": [
		"SI-3 (8) (a)"
	],
	"CCI-002631": [
		"SI-3 (8) (b)"
	],
	"CCI-002634": [
		"SI-3 (10) (a)"
	],
	"CCI-002635": [
		"SI-3 (10) (a)"
	],
	"CCI-002636": [
		"SI-3 (10) (a)"
	],
	"CCI-002638": [
		"SI-3 (10) (a)"
	],
	"CCI-002639": [
		"SI-3 (10) (b)"
	],
	"CCI-002640": [
		"SI-3 (10) (b)"
	],
	"CCI-002641": [
		"SI-4 a 1"
	],
	"CCI-002642": [
		"SI-4 a 2"
	],
	"CCI-002643": [
		"SI-4 a 2"
	],
	"CCI-002644": [
		"SI-4 a 2"
	],
	"CCI-002645": [
		"SI-4 b"
	],
	"CCI-002646": [
		"SI-4 b"
	],
	"CCI-002650": [
		"SI-4 g"
	],
	"CCI-002651": [
		"SI-4 g"
	],
	"CCI-002652": [
		"SI-4 g"
	],
	"CCI-002654": [
		"SI-4 g"
	],
	"CCI-002655": [
		"SI-4 (1)"
	],
	"CCI-002656": [
		"SI-4 (1)"
	],
	"CCI-002657": [
		"SI-4 (3)"
	],
	"CCI-002658": [
		"SI-4 (3)"
	],
	"CCI-002659": [
		"SI-4 (4) (b)"
	],
	"CCI-002660": [
		"SI-4 (4) (b)"
	],
	"CCI-002661": [
		"SI-4 (4) (b)"
	],
	"CCI-002662": [
		"SI-4 (4) (b)"
	],
	"CCI-002663": [
		"SI-4 (5)"
	],
	"CCI-002664": [
		"SI-4 (5)"
	],
	"CCI-002665": [
		"SI-4 (10)"
	],
	"CCI-002666": [
		"SI-4 (10)"
	],
	"CCI-002667": [
		"SI-4 (10)"
	],
	"CCI-002668": [
		"SI-4 (11)"
	],
	"CCI-002669": [
		"SI-4 (13) (c)"
	],
	"CCI-002670": [
		"SI-4 (18)"
	],
	"CCI-002671": [
		"SI-4 (18)"
	],
	"CCI-002672": [
		"SI-4 (18)"
	],
	"CCI-002673": [
		"SI-4 (19)"
	],
	"CCI-002674": [
		"SI-4 (19)"
	],
	"CCI-002675": [
		"SI-4 (19)"
	],
	"CCI-002676": [
		"SI-4 (20)"
	],
	"CCI-002677": [
		"SI-4 (20)"
	],
	"CCI-002678": [
		"SI-4 (21)"
	],
	"CCI-002679": [
		"SI-4 (21)"
	],
	"CCI-002680": [
		"SI-4 (21)"
	],
	"CCI-002681": [
		"SI-4 (22) (a)"
	],
	"CCI-002682": [
		"SI-4 (22) (a)"
	],
	"CCI-002683": [
		"SI-4 (22) (a)"
	],
	"CCI-002684": [
		"SI-4 (22) (b)"
	],
	"CCI-002685": [
		"SI-4 (23)"
	],
	"CCI-002686": [
		"SI-4 (23)"
	],
	"CCI-002687": [
		"SI-4 (23)"
	],
	"CCI-002688": [
		"SI-4 (24)"
	],
	"CCI-002689": [
		"SI-4 (24)"
	],
	"CCI-002690": [
		"SI-4 (24)"
	],
	"CCI-002692": [
		"SI-5 a"
	],
	"CCI-002693": [
		"SI-5 c"
	],
	"CCI-002694": [
		"SI-5 c"
	],
	"CCI-002695": [
		"SI-6 a"
	],
	"CCI-002696": [
		"SI-6 a"
	],
	"CCI-002697": [
		"SI-6 b"
	],
	"CCI-002698": [
		"SI-6 b"
	],
	"CCI-002699": [
		"SI-6 b"
	],
	"CCI-002700": [
		"SI-6 c"
	],
	"CCI-002701": [
		"SI-6 d"
	],
	"CCI-002702": [
		"SI-6 d"
	],
	"CCI-002703": [
		"SI-7"
	],
	"CCI-002704": [
		"SI-7 a"
	],
	"CCI-002705": [
		"SI-7 (1)"
	],
	"CCI-002706": [
		"SI-7 (1)"
	],
	"CCI-002707": [
		"SI-7 (1)"
	],
	"CCI-002708": [
		"SI-7 (1)"
	],
	"CCI-002709": [
		"SI-7 (1)"
	],
	"CCI-002710": [
		"SI-7 (1)"
	],
	"CCI-002711": [
		"SI-7 (1)"
	],
	"CCI-002712": [
		"SI-7 (1)"
	],
	"CCI-002713": [
		"SI-7 (2)"
	],
	"CCI-002714": [
		"SI-7 (5)"
	],
	"CCI-002715": [
		"SI-7 (5)"
	],
	"CCI-002716": [
		"SI-7 (6)"
	],
	"CCI-002717": [
		"SI-7 (6)"
	],
	"CCI-002718": [
		"SI-7 (6)"
	],
	"CCI-002719": [
		"SI-7 (7)"
	],
	"CCI-002720": [
		"SI-7 (7)"
	],
	"CCI-002721": [
		"SI-7 (8)"
	],
	"CCI-002722": [
		"SI-7 (8)"
	],
	"CCI-002723": [
		"SI-7 (8)"
	],
	"CCI-002724": [
		"SI-7 (8)"
	],
	"CCI-002725": [
		"SI-7 (9)"
	],
	"CCI-002726": [
		"SI-7 (9)"
	],
	"CCI-002727": [
		"SI-7 (10)"
	],
	"CCI-002728": [
		"SI-7 (10)"
	],
	"CCI-002729": [
		"SI-7 (10)"
	],
	"CCI-002732": [
		"SI-7 (12)"
	],
	"CCI-002733": [
		"SI-7 (12)"
	],
	"CCI-002734": [
		"SI-7 (13)"
	],
	"CCI-002739": [
		"SI-7 (15)"
	],
	"CCI-002740": [
		"SI-7 (15)"
	],
	"CCI-002741": [
		"SI-8 a"
	],
	"CCI-002742": [
		"SI-8 a"
	],
	"CCI-002743": [
		"SI-8 (3)"
	],
	"CCI-002744": [
		"SI-10"
	],
	"CCI-002745": [
		"SI-10 (1) (a)"
	],
	"CCI-002746": [
		"SI-10 (1) (a)"
	],
	"CCI-002747": [
		"SI-10 (1) (b)"
	],
	"CCI-002748": [
		"SI-10 (1) (b)"
	],
	"CCI-002749": [
		"SI-10 (1) (c)"
	],
	"CCI-002750": [
		"SI-10 (2)"
	],
	"CCI-002751": [
		"SI-10 (2)"
	],
	"CCI-002752": [
		"SI-10 (2)"
	],
	"CCI-002753": [
		"SI-10 (2)"
	],
	"CCI-002754": [
		"SI-10 (3)"
	],
	"CCI-002755": [
		"SI-10 (4)"
	],
	"CCI-002756": [
		"SI-10 (5)"
	],
	"CCI-002757": [
		"SI-10 (5)"
	],
	"CCI-002758": [
		"SI-10 (5)"
	],
	"CCI-002759": [
		"SI-11 b"
	],
	"CCI-002760": [
		"SI-13 a"
	],
	"CCI-002761": [
		"SI-13 a"
	],
	"CCI-002762": [
		"SI-13 b"
	],
	"CCI-002763": [
		"SI-13 b"
	],
	"CCI-002764": [
		"SI-14"
	],
	"CCI-002765": [
		"SI-14"
	],
	"CCI-002766": [
		"SI-14"
	],
	"CCI-002767": [
		"SI-14"
	],
	"CCI-002768": [
		"SI-14 (1)"
	],
	"CCI-002769": [
		"SI-14 (1)"
	],
	"CCI-002770": [
		"SI-15"
	],
	"CCI-002771": [
		"SI-15"
	],
	"CCI-002773": [
		"SI-17"
	],
	"CCI-002774": [
		"SI-17"
	],
	"CCI-002775": [
		"SI-17"
	],
	"CCI-002776": [
		"IR-1 a 1 (a)"
	],
	"CCI-002777": [
		"IR-1 a 2"
	],
	"CCI-002778": [
		"IR-2 a 1"
	],
	"CCI-002779": [
		"IR-2 a 2"
	],
	"CCI-002780": [
		"IR-3 (2)"
	],
	"CCI-002781": [
		"IR-4 (2)"
	],
	"CCI-002782": [
		"IR-4 (6)"
	],
	"CCI-002785": [
		"IR-4 (8)"
	],
	"CCI-002786": [
		"IR-4 (8)"
	],
	"CCI-002787": [
		"IR-4 (8)"
	],
	"CCI-002788": [
		"IR-4 (9)"
	],
	"CCI-002789": [
		"IR-4 (9)"
	],
	"CCI-002790": [
		"IR-4 (10)"
	],
	"CCI-002791": [
		"IR-6 b"
	],
	"CCI-002792": [
		"IR-6 (2)"
	],
	"CCI-002793": [
		"IR-6 (3)"
	],
	"CCI-002794": [
		"IR-8 a"
	],
	"CCI-002795": [
		"IR-8 a 1"
	],
	"CCI-002796": [
		"IR-8 a 2"
	],
	"CCI-002797": [
		"IR-8 a 3"
	],
	"CCI-002798": [
		"IR-8 a 4"
	],
	"CCI-002799": [
		"IR-8 a 5"
	],
	"CCI-002800": [
		"IR-8 a 6"
	],
	"CCI-002801": [
		"IR-8 a 7"
	],
	"CCI-002802": [
		"IR-8 a 9"
	],
	"CCI-002803": [
		"IR-8 d"
	],
	"CCI-002804": [
		"IR-8 e"
	],
	"CCI-002805": [
		"IR-9 b"
	],
	"CCI-002806": [
		"IR-9 c"
	],
	"CCI-002807": [
		"IR-9 c"
	],
	"CCI-002808": [
		"IR-9 d"
	],
	"CCI-002809": [
		"IR-9 e"
	],
	"CCI-002810": [
		"IR-9 f"
	],
	"CCI-002811": [
		"IR-9 g"
	],
	"CCI-002812": [
		"IR-9 g"
	],
	"CCI-002816": [
		"IR-9 (2)"
	],
	"CCI-002817": [
		"IR-9 (2)"
	],
	"CCI-002818": [
		"IR-9 (3)"
	],
	"CCI-002819": [
		"IR-9 (3)"
	],
	"CCI-002820": [
		"IR-9 (4)"
	],
	"CCI-002821": [
		"IR-9 (4)"
	],
	"CCI-002823": [
		"SI-16"
	],
	"CCI-002824": [
		"SI-16"
	],
	"CCI-002825": [
		"CP-1 a 1 (a)"
	],
	"CCI-002826": [
		"CP-1 a 2"
	],
	"CCI-002827": [
		"CP-2 (7)"
	],
	"CCI-002828": [
		"CP-2 (8)"
	],
	"CCI-002829": [
		"CP-2 (8)"
	],
	"CCI-002830": [
		"CP-2 a 7"
	],
	"CCI-002831": [
		"CP-2 f"
	],
	"CCI-002832": [
		"CP-2 h"
	],
	"CCI-002833": [
		"CP-3 a 1"
	],
	"CCI-002834": [
		"CP-3 a 2"
	],
	"CCI-002835": [
		"CP-4 (2) (b)"
	],
	"CCI-002836": [
		"CP-6 b"
	],
	"CCI-002837": [
		"CP-7 (6)"
	],
	"CCI-002838": [
		"CP-7 (6)"
	],
	"CCI-002839": [
		"CP-7 a"
	],
	"CCI-002840": [
		"CP-8"
	],
	"CCI-002841": [
		"CP-8"
	],
	"CCI-002842": [
		"CP-8 (4) (b)"
	],
	"CCI-002843": [
		"CP-8 (4) (c)"
	],
	"CCI-002844": [
		"CP-8 (4) (c)"
	],
	"CCI-002845": [
		"CP-8 (4) (c)"
	],
	"CCI-002846": [
		"CP-8 (4) (c)"
	],
	"CCI-002847": [
		"CP-8 (5)"
	],
	"CCI-002848": [
		"CP-8 (5)"
	],
	"CCI-002849": [
		"CP-9 (3)"
	],
	"CCI-002850": [
		"CP-9 (3)"
	],
	"CCI-002851": [
		"CP-9 (7)"
	],
	"CCI-002852": [
		"CP-9 (7)"
	],
	"CCI-002853": [
		"CP-11"
	],
	"CCI-002854": [
		"CP-11"
	],
	"CCI-002855": [
		"CP-12"
	],
	"CCI-002856": [
		"CP-12"
	],
	"CCI-002857": [
		"CP-12"
	],
	"CCI-002858": [
		"CP-13"
	],
	"CCI-002859": [
		"CP-13"
	],
	"CCI-002860": [
		"CP-13"
	],
	"CCI-002861": [
		"MA-1 a 1 (a)"
	],
	"CCI-002862": [
		"MA-1 a 2"
	],
	"CCI-002864": [
		"MA-2 (2) (b)"
	],
	"CCI-002865": [
		"MA-2 (2) (b)"
	],
	"CCI-002866": [
		"MA-2 a"
	],
	"CCI-002868": [
		"MA-2 a"
	],
	"CCI-002869": [
		"MA-2 a"
	],
	"CCI-002870": [
		"MA-2 a"
	],
	"CCI-002872": [
		"MA-2 a"
	],
	"CCI-002873": [
		"MA-2 a"
	],
	"CCI-002874": [
		"MA-2 c"
	],
	"CCI-002875": [
		"MA-2 f"
	],
	"CCI-002876": [
		"MA-2 f"
	],
	"CCI-002882": [
		"MA-3 (3) (d)"
	],
	"CCI-002883": [
		"MA-3 (4)"
	],
	"CCI-002884": [
		"MA-4 (1) (a)"
	],
	"CCI-002885": [
		"MA-4 (1) (a)"
	],
	"CCI-002886": [
		"MA-4 (1) (b)"
	],
	"CCI-002887": [
		"MA-4 (4) (a)"
	],
	"CCI-002888": [
		"MA-4 (5) (a)"
	],
	"CCI-002889": [
		"MA-4 (5) (b)"
	],
	"CCI-002890": [
		"MA-4 (6)"
	],
	"CCI-002891": [
		"MA-4 (7)"
	],
	"CCI-002893": [
		"MA-5 (5)"
	],
	"CCI-002894": [
		"MA-5 b"
	],
	"CCI-002895": [
		"MA-5 c"
	],
	"CCI-002896": [
		"MA-6"
	],
	"CCI-002897": [
		"MA-6"
	],
	"CCI-002898": [
		"MA-6 (1)"
	],
	"CCI-002899": [
		"MA-6 (1)"
	],
	"CCI-002900": [
		"MA-6 (1)"
	],
	"CCI-002901": [
		"MA-6 (2)"
	],
	"CCI-002902": [
		"MA-6 (2)"
	],
	"CCI-002903": [
		"MA-6 (2)"
	],
	"CCI-002904": [
		"MA-6 (3)"
	],
	"CCI-002906": [
		"RA-5 (5)"
	],
	"CCI-002907": [
		"AU-5 (4)"
	],
	"CCI-002908": [
		"PE-1 a 1"
	],
	"CCI-002909": [
		"PE-1 a 2"
	],
	"CCI-002910": [
		"PE-2 a"
	],
	"CCI-002911": [
		"PE-2 a"
	],
	"CCI-002912": [
		"PE-2 (2)"
	],
	"CCI-002913": [
		"PE-2 (3)"
	],
	"CCI-002914": [
		"PE-2 (3)"
	],
	"CCI-002915": [
		"PE-3 a"
	],
	"CCI-002916": [
		"PE-3 a 2"
	],
	"CCI-002917": [
		"PE-3 b"
	],
	"CCI-002918": [
		"PE-3 b"
	],
	"CCI-002919": [
		"PE-3 c"
	],
	"CCI-002920": [
		"PE-3 c"
	],
	"CCI-002921": [
		"PE-3 d"
	],
	"CCI-002922": [
		"PE-3 d"
	],
	"CCI-002923": [
		"PE-3 d"
	],
	"CCI-002924": [
		"PE-3 d"
	],
	"CCI-002925": [
		"PE-3 f"
	],
	"CCI-002926": [
		"PE-3 (1)"
	],
	"CCI-002927": [
		"PE-3 (2)"
	],
	"CCI-002928": [
		"PE-3 (5)"
	],
	"CCI-002929": [
		"PE-3 (5)"
	],
	"CCI-002930": [
		"PE-4"
	],
	"CCI-002931": [
		"PE-4"
	],
	"CCI-002939": [
		"PE-6 a"
	],
	"CCI-002940": [
		"PE-6 b"
	],
	"CCI-002941": [
		"PE-6 b"
	],
	"CCI-002942": [
		"PE-6 (2)"
	],
	"CCI-002943": [
		"PE-6 (2)"
	],
	"CCI-002944": [
		"PE-6 (2)"
	],
	"CCI-002945": [
		"PE-6 (2)"
	],
	"CCI-002946": [
		"PE-6 (3) (a)"
	],
	"CCI-002947": [
		"PE-6 (3) (a)"
	],
	"CCI-002948": [
		"PE-6 (3) (c)"
	],
	"CCI-002949": [
		"PE-6 (3) (c)"
	],
	"CCI-002950": [
		"PE-6 (4)"
	],
	"CCI-002951": [
		"PE-6 (4)"
	],
	"CCI-002952": [
		"PE-8 a"
	],
	"CCI-002953": [
		"PE-9 (1)"
	],
	"CCI-002954": [
		"PE-9 (1)"
	],
	"CCI-002955": [
		"PE-11"
	],
	"CCI-002956": [
		"PE-11 (2) (a)"
	],
	"CCI-002957": [
		"PE-11 (2) (b)"
	],
	"CCI-002958": [
		"PE-11 (2) (c)"
	],
	"CCI-002959": [
		"PE-12 (1)"
	],
	"CCI-002960": [
		"PE-12 (1)"
	],
	"CCI-002961": [
		"PE-13 (1)"
	],
	"CCI-002962": [
		"PE-13 (1)"
	],
	"CCI-002963": [
		"PE-13 (1)"
	],
	"CCI-002964": [
		"PE-13 (1)"
	],
	"CCI-002965": [
		"PE-13 (2) (a)"
	],
	"CCI-002966": [
		"PE-13 (2) (a)"
	],
	"CCI-002967": [
		"PE-13 (2) (a)"
	],
	"CCI-002968": [
		"PE-13 (4)"
	],
	"CCI-002969": [
		"PE-13 (4)"
	],
	"CCI-002970": [
		"PE-13 (4)"
	],
	"CCI-002971": [
		"PE-13 (4)"
	],
	"CCI-002973": [
		"PE-15 (1)"
	],
	"CCI-002974": [
		"PE-16 a"
	],
	"CCI-002975": [
		"PE-17 b"
	],
	"CCI-002976": [
		"PE-18"
	],
	"CCI-002979": [
		"PE-20"
	],
	"CCI-002980": [
		"PE-20"
	],
	"CCI-002981": [
		"PE-20"
	],
	"CCI-002982": [
		"PE-20"
	],
	"CCI-002984": [
		"PM-1 a 3"
	],
	"CCI-002985": [
		"PM-1 a 1"
	],
	"CCI-002986": [
		"PM-1 a 2"
	],
	"CCI-002987": [
		"PM-1 a 3"
	],
	"CCI-002988": [
		"PM-1 a 4"
	],
	"CCI-002989": [
		"PM-1 c"
	],
	"CCI-002990": [
		"PM-1 c"
	],
	"CCI-002991": [
		"PM-4 a 1"
	],
	"CCI-002993": [
		"PM-4 b"
	],
	"CCI-002994": [
		"PM-9 c"
	],
	"CCI-002995": [
		"PM-9 c"
	],
	"CCI-002996": [
		"PM-12"
	],
	"CCI-002997": [
		"PM-13"
	],
	"CCI-002998": [
		"PM-14 a 1"
	],
	"CCI-002999": [
		"PM-14 a 1"
	],
	"CCI-003000": [
		"PM-14 a 1"
	],
	"CCI-003001": [
		"PM-14 a 1"
	],
	"CCI-003002": [
		"PM-14 a 1"
	],
	"CCI-003003": [
		"PM-14 a 1"
	],
	"CCI-003004": [
		"PM-14 a 2"
	],
	"CCI-003005": [
		"PM-14 a 2"
	],
	"CCI-003006": [
		"PM-14 a 2"
	],
	"CCI-003007": [
		"PM-14 b"
	],
	"CCI-003008": [
		"PM-14 b"
	],
	"CCI-003009": [
		"PM-14 b"
	],
	"CCI-003010": [
		"PM-15 a"
	],
	"CCI-003011": [
		"PM-15 b"
	],
	"CCI-003012": [
		"PM-15 c"
	],
	"CCI-003013": [
		"PM-16"
	],
	"CCI-003014": [
		"AC-3 (3)"
	],
	"CCI-003015": [
		"AC-3 (3) (c)"
	],
	"CCI-003017": [
		"PS-1 a 1"
	],
	"CCI-003018": [
		"PS-1 a 2"
	],
	"CCI-003019": [
		"PS-3 (3) (a)"
	],
	"CCI-003020": [
		"PS-3 (3) (b)"
	],
	"CCI-003021": [
		"PS-3 (3) (b)"
	],
	"CCI-003022": [
		"PS-4 a"
	],
	"CCI-003023": [
		"PS-4 b"
	],
	"CCI-003024": [
		"PS-4 c"
	],
	"CCI-003027": [
		"PS-4 (1) (a)"
	],
	"CCI-003028": [
		"PS-4 (1) (b)"
	],
	"CCI-003029": [
		"PS-4 (2)"
	],
	"CCI-003030": [
		"PS-4 (2)"
	],
	"CCI-003031": [
		"PS-5 c"
	],
	"CCI-003032": [
		"PS-5 d"
	],
	"CCI-003033": [
		"PS-5 d"
	],
	"CCI-003034": [
		"PS-5 d"
	],
	"CCI-003035": [
		"PS-6 a"
	],
	"CCI-003038": [
		"PS-6 (3) (a)"
	],
	"CCI-003039": [
		"PS-6 (3) (b)"
	],
	"CCI-003041": [
		"PS-7 d"
	],
	"CCI-003042": [
		"PS-7 d"
	],
	"CCI-003043": [
		"PS-7 d"
	],
	"CCI-003044": [
		"PS-8 b"
	],
	"CCI-003045": [
		"PS-8 b"
	],
	"CCI-003046": [
		"PS-8 b"
	],
	"CCI-003047": [
		"PL-1 a 1 (a)"
	],
	"CCI-003048": [
		"PL-1 a 2"
	],
	"CCI-003049": [
		"PL-2 a"
	],
	"CCI-003050": [
		"PL-2 a 1"
	],
	"CCI-003051": [
		"PL-2 a 2"
	],
	"CCI-003052": [
		"PL-2 a 3"
	],
	"CCI-003053": [
		"PL-2 a 6"
	],
	"CCI-003054": [
		"PL-2 a 9"
	],
	"CCI-003055": [
		"PL-2 a 10"
	],
	"CCI-003056": [
		"PL-2 a 11"
	],
	"CCI-003057": [
		"PL-2 a 12"
	],
	"CCI-003059": [
		"PL-2 b"
	],
	"CCI-003060": [
		"PL-2 b"
	],
	"CCI-003061": [
		"PL-2 b"
	],
	"CCI-003062": [
		"PL-2 b"
	],
	"CCI-003063": [
		"PL-2 e"
	],
	"CCI-003064": [
		"PL-2 e"
	],
	"CCI-003068": [
		"PL-4 c"
	],
	"CCI-003069": [
		"PL-4 c"
	],
	"CCI-003070": [
		"PL-4 d"
	],
	"CCI-003071": [
		"PL-7 a"
	],
	"CCI-003072": [
		"PL-8 a"
	],
	"CCI-003073": [
		"PL-8 a 1"
	],
	"CCI-003074": [
		"PL-8 a 3"
	],
	"CCI-003075": [
		"PL-8 a 4"
	],
	"CCI-003076": [
		"PL-8 b"
	],
	"CCI-003077": [
		"PL-8 b"
	],
	"CCI-003078": [
		"PL-8 c"
	],
	"CCI-003079": [
		"PL-8 c"
	],
	"CCI-003080": [
		"PL-8 c"
	],
	"CCI-003081": [
		"PL-8 (1) (a)"
	],
	"CCI-003082": [
		"PL-8 (1) (a)"
	],
	"CCI-003083": [
		"PL-8 (1) (a)"
	],
	"CCI-003084": [
		"PL-8 (1) (a)"
	],
	"CCI-003085": [
		"PL-8 (1) (a)"
	],
	"CCI-003086": [
		"PL-8 (1) (a)"
	],
	"CCI-003087": [
		"PL-8 (1) (b)"
	],
	"CCI-003088": [
		"PL-8 (2)"
	],
	"CCI-003089": [
		"SA-1 a 1 (a)"
	],
	"CCI-003090": [
		"SA-1 a 2"
	],
	"CCI-003091": [
		"SA-2 a"
	],
	"CCI-003092": [
		"SA-3 a"
	],
	"CCI-003093": [
		"SA-3 d"
	],
	"CCI-003094": [
		"SA-4 a"
	],
	"CCI-003095": [
		"SA-4 b"
	],
	"CCI-003096": [
		"SA-4 c"
	],
	"CCI-003097": [
		"SA-4 e"
	],
	"CCI-003098": [
		"SA-4 f"
	],
	"CCI-003099": [
		"SA-4 g"
	],
	"CCI-003100": [
		"SA-4 i"
	],
	"CCI-003101": [
		"SA-4 (2)"
	],
	"CCI-003102": [
		"SA-4 (2)"
	],
	"CCI-003103": [
		"SA-4 (2)"
	],
	"CCI-003104": [
		"SA-4 (2)"
	],
	"CCI-003105": [
		"SA-4 (2)"
	],
	"CCI-003106": [
		"SA-4 (2)"
	],
	"CCI-003109": [
		"SA-4 (5) (a)"
	],
	"CCI-003110": [
		"SA-4 (5) (a)"
	],
	"CCI-003111": [
		"SA-4 (5) (b)"
	],
	"CCI-003112": [
		"SA-4 (8)"
	],
	"CCI-003114": [
		"SA-4 (9)"
	],
	"CCI-003116": [
		"SA-4 (10)"
	],
	"CCI-003117": [
		"PL-9"
	],
	"CCI-003118": [
		"PL-9"
	],
	"CCI-003119": [
		"RA-6"
	],
	"CCI-003120": [
		"RA-6"
	],
	"CCI-003121": [
		"RA-6"
	],
	"CCI-003122": [
		"RA-6"
	],
	"CCI-003123": [
		"MA-4 (6)"
	],
	"CCI-003124": [
		"SA-5 a 1"
	],
	"CCI-003125": [
		"SA-5 a 1"
	],
	"CCI-003126": [
		"SA-5 a 1"
	],
	"CCI-003127": [
		"SA-5 a 2"
	],
	"CCI-003128": [
		"SA-5 a 3"
	],
	"CCI-003129": [
		"SA-5 b 1"
	],
	"CCI-003130": [
		"SA-5 b 2"
	],
	"CCI-003131": [
		"SA-5 b 3"
	],
	"CCI-003132": [
		"SA-5 c"
	],
	"CCI-003133": [
		"SA-5 c"
	],
	"CCI-003135": [
		"SA-5 d"
	],
	"CCI-003136": [
		"SA-5 d"
	],
	"CCI-003138": [
		"SA-9 c"
	],
	"CCI-003139": [
		"SA-9 c"
	],
	"CCI-003140": [
		"SA-9 (1) (a)"
	],
	"CCI-003141": [
		"SA-9 (1) (b)"
	],
	"CCI-003142": [
		"SA-9 (1) (b)"
	],
	"CCI-003143": [
		"SA-9 (2)"
	],
	"CCI-003144": [
		"SA-9 (2)"
	],
	"CCI-003145": [
		"SA-9 (3)"
	],
	"CCI-003146": [
		"SA-9 (3)"
	],
	"CCI-003147": [
		"SA-9 (3)"
	],
	"CCI-003148": [
		"SA-9 (3)"
	],
	"CCI-003149": [
		"SA-9 (4)"
	],
	"CCI-003150": [
		"SA-9 (4)"
	],
	"CCI-003151": [
		"SA-9 (4)"
	],
	"CCI-003152": [
		"SA-9 (5)"
	],
	"CCI-003153": [
		"SA-9 (5)"
	],
	"CCI-003154": [
		"SA-9 (5)"
	],
	"CCI-003155": [
		"SA-10 a"
	],
	"CCI-003156": [
		"SA-10 b"
	],
	"CCI-003157": [
		"SA-10 b"
	],
	"CCI-003158": [
		"SA-10 b"
	],
	"CCI-003159": [
		"SA-10 b"
	],
	"CCI-003160": [
		"SA-10 d"
	],
	"CCI-003161": [
		"SA-10 e"
	],
	"CCI-003162": [
		"SA-10 e"
	],
	"CCI-003163": [
		"SA-10 e"
	],
	"CCI-003164": [
		"SA-10 e"
	],
	"CCI-003165": [
		"SA-10 (3)"
	],
	"CCI-003166": [
		"SA-10 (4)"
	],
	"CCI-003167": [
		"SA-10 (4)"
	],
	"CCI-003168": [
		"SA-10 (4)"
	],
	"CCI-003169": [
		"SA-10 (5)"
	],
	"CCI-003170": [
		"SA-10 (6)"
	],
	"CCI-003171": [
		"SA-11 a"
	],
	"CCI-003172": [
		"SA-11 a"
	],
	"CCI-003173": [
		"SA-11 b"
	],
	"CCI-003174": [
		"SA-11 b"
	],
	"CCI-003175": [
		"SA-11 c"
	],
	"CCI-003176": [
		"SA-11 c"
	],
	"CCI-003177": [
		"SA-11 d"
	],
	"CCI-003178": [
		"SA-11 e"
	],
	"CCI-003179": [
		"SA-11 (1)"
	],
	"CCI-003180": [
		"SA-11 (1)"
	],
	"CCI-003181": [
		"SA-11 (2)"
	],
	"CCI-003182": [
		"SA-11 (2)"
	],
	"CCI-003183": [
		"SA-11 (3) (a)"
	],
	"CCI-003184": [
		"SA-11 (3) (a)"
	],
	"CCI-003185": [
		"SA-11 (3) (a)"
	],
	"CCI-003186": [
		"SA-11 (3) (b)"
	],
	"CCI-003187": [
		"SA-11 (4)"
	],
	"CCI-003188": [
		"SA-11 (4)"
	],
	"CCI-003189": [
		"SA-11 (4)"
	],
	"CCI-003191": [
		"SA-11 (5) (a)"
	],
	"CCI-003192": [
		"SA-11 (5) (b)"
	],
	"CCI-003193": [
		"SA-11 (6)"
	],
	"CCI-003194": [
		"SA-11 (7)"
	],
	"CCI-003195": [
		"SA-11 (7)"
	],
	"CCI-003196": [
		"SA-11 (8)"
	],
	"CCI-003197": [
		"SA-11 (8)"
	],
	"CCI-003233": [
		"SA-15 a"
	],
	"CCI-003234": [
		"SA-15 a 1"
	],
	"CCI-003235": [
		"SA-15 a 2"
	],
	"CCI-003236": [
		"SA-15 a 2"
	],
	"CCI-003237": [
		"SA-15 a 3"
	],
	"CCI-003238": [
		"SA-15 a 4"
	],
	"CCI-003239": [
		"SA-15 a 4"
	],
	"CCI-003240": [
		"SA-15 a 4"
	],
	"CCI-003241": [
		"SA-15 b"
	],
	"CCI-003242": [
		"SA-15 b"
	],
	"CCI-003243": [
		"SA-15 b"
	],
	"CCI-003244": [
		"SA-15 b"
	],
	"CCI-003245": [
		"SA-15 b"
	],
	"CCI-003246": [
		"SA-15 b"
	],
	"CCI-003247": [
		"SA-15 (1) (a)"
	],
	"CCI-003248": [
		"SA-15 (1) (b)"
	],
	"CCI-003249": [
		"SA-15 (1) (b)"
	],
	"CCI-003250": [
		"SA-15 (1) (b)"
	],
	"CCI-003251": [
		"SA-15 (2)"
	],
	"CCI-003252": [
		"SA-15 (2)"
	],
	"CCI-003254": [
		"SA-15 (3) (b)"
	],
	"CCI-003255": [
		"SA-15 (3) (a)"
	],
	"CCI-003272": [
		"SA-15 (5)"
	],
	"CCI-003273": [
		"SA-15 (5)"
	],
	"CCI-003274": [
		"SA-15 (6)"
	],
	"CCI-003275": [
		"SA-15 (7) (a)"
	],
	"CCI-003276": [
		"SA-15 (7) (a)"
	],
	"CCI-003277": [
		"SA-15 (7) (b)"
	],
	"CCI-003278": [
		"SA-15 (7) (c)"
	],
	"CCI-003279": [
		"SA-15 (7) (d)"
	],
	"CCI-003280": [
		"SA-15 (7) (d)"
	],
	"CCI-003281": [
		"SA-15 (8)"
	],
	"CCI-003282": [
		"SA-15 (8)"
	],
	"CCI-003289": [
		"SA-15 (10)"
	],
	"CCI-003290": [
		"SA-15 (11)"
	],
	"CCI-003291": [
		"SA-16"
	],
	"CCI-003292": [
		"SA-16"
	],
	"CCI-003293": [
		"SA-17"
	],
	"CCI-003294": [
		"SA-17 a"
	],
	"CCI-003295": [
		"SA-17 b"
	],
	"CCI-003296": [
		"SA-17 b"
	],
	"CCI-003297": [
		"SA-17 c"
	],
	"CCI-003298": [
		"SA-17 (1) (a)"
	],
	"CCI-003299": [
		"SA-17 (1) (a)"
	],
	"CCI-003300": [
		"SA-17 (1) (b)"
	],
	"CCI-003301": [
		"SA-17 (2) (a)"
	],
	"CCI-003303": [
		"SA-17 (2) (a)"
	],
	"CCI-003304": [
		"SA-17 (2) (a)"
	],
	"CCI-003305": [
		"SA-17 (2) (b)"
	],
	"CCI-003306": [
		"SA-17 (2) (b)"
	],
	"CCI-003307": [
		"SA-17 (2) (b)"
	],
	"CCI-003308": [
		"SA-17 (3) (a)"
	],
	"CCI-003309": [
		"SA-17 (3) (a)"
	],
	"CCI-003310": [
		"SA-17 (3) (a)"
	],
	"CCI-003311": [
		"SA-17 (3) (b)"
	],
	"CCI-003312": [
		"SA-17 (3) (c)"
	],
	"CCI-003313": [
		"SA-17 (3) (c)"
	],
	"CCI-003314": [
		"SA-17 (3) (c)"
	],
	"CCI-003315": [
		"SA-17 (3) (d)"
	],
	"CCI-003316": [
		"SA-17 (3) (d)"
	],
	"CCI-003317": [
		"SA-17 (3) (d)"
	],
	"CCI-003318": [
		"SA-17 (3) (e)"
	],
	"CCI-003319": [
		"SA-17 (3) (e)"
	],
	"CCI-003320": [
		"SA-17 (3) (e)"
	],
	"CCI-003321": [
		"SA-17 (4) (a)"
	],
	"CCI-003322": [
		"SA-17 (4) (a)"
	],
	"CCI-003323": [
		"SA-17 (4) (a)"
	],
	"CCI-003324": [
		"SA-17 (4) (b)"
	],
	"CCI-003325": [
		"SA-17 (4) (c)"
	],
	"CCI-003326": [
		"SA-17 (4) (c)"
	],
	"CCI-003327": [
		"SA-17 (4) (c)"
	],
	"CCI-003328": [
		"SA-17 (4) (d)"
	],
	"CCI-003329": [
		"SA-17 (4) (d)"
	],
	"CCI-003330": [
		"SA-17 (4) (d)"
	],
	"CCI-003331": [
		"SA-17 (4) (e)"
	],
	"CCI-003332": [
		"SA-17 (4) (e)"
	],
	"CCI-003333": [
		"SA-17 (4) (e)"
	],
	"CCI-003334": [
		"SA-17 (5) (a)"
	],
	"CCI-003335": [
		"SA-17 (5) (a)"
	],
	"CCI-003336": [
		"SA-17 (5) (a)"
	],
	"CCI-003337": [
		"SA-17 (5) (b)"
	],
	"CCI-003338": [
		"SA-17 (5) (b)"
	],
	"CCI-003339": [
		"SA-17 (5) (b)"
	],
	"CCI-003340": [
		"SA-17 (6)"
	],
	"CCI-003341": [
		"SA-17 (6)"
	],
	"CCI-003342": [
		"SA-17 (6)"
	],
	"CCI-003343": [
		"SA-17 (7)"
	],
	"CCI-003344": [
		"SA-17 (7)"
	],
	"CCI-003345": [
		"SA-17 (7)"
	],
	"CCI-003372": [
		"SA-22 b"
	],
	"CCI-003373": [
		"SA-22 b"
	],
	"CCI-003376": [
		"SA-22 a"
	],
	"CCI-003381": [
		"SA-21 b"
	],
	"CCI-003382": [
		"SA-21 b"
	],
	"CCI-003383": [
		"SA-21 a"
	],
	"CCI-003384": [
		"SA-21"
	],
	"CCI-003385": [
		"SA-21 a"
	],
	"CCI-003386": [
		"SA-20"
	],
	"CCI-003387": [
		"SA-20"
	],
	"CCI-003601": [
		"AC-1 a 1 (b)"
	],
	"CCI-003602": [
		"AC-1 a 1 (a)"
	],
	"CCI-003603": [
		"AC-1 a 1 (b)"
	],
	"CCI-003604": [
		"AC-1 a 2"
	],
	"CCI-003605": [
		"AC-1 b"
	],
	"CCI-003606": [
		"AC-1 b"
	],
	"CCI-003607": [
		"AC-1 b"
	],
	"CCI-003608": [
		"AC-1 c 1"
	],
	"CCI-003609": [
		"AC-1 c 1"
	],
	"CCI-003610": [
		"AC-1 c 2"
	],
	"CCI-003611": [
		"AC-1 c 2"
	],
	"CCI-003612": [
		"AC-2 a"
	],
	"CCI-003613": [
		"AC-2 c"
	],
	"CCI-003614": [
		"AC-2 c"
	],
	"CCI-003615": [
		"AC-2 c"
	],
	"CCI-003616": [
		"AC-2 d 3"
	],
	"CCI-003617": [
		"AC-2 f"
	],
	"CCI-003618": [
		"AC-2 f"
	],
	"CCI-003619": [
		"AC-2 f"
	],
	"CCI-003620": [
		"AC-2 f"
	],
	"CCI-003621": [
		"AC-2 f"
	],
	"CCI-003622": [
		"AC-2 f"
	],
	"CCI-003623": [
		"AC-2 h"
	],
	"CCI-003624": [
		"AC-2 h"
	],
	"CCI-003625": [
		"AC-2 i 3"
	],
	"CCI-003626": [
		"AC-2 l"
	],
	"CCI-003627": [
		"AC-2 (3) (a)"
	],
	"CCI-003628": [
		"AC-2 (3) (b)"
	],
	"CCI-003629": [
		"AC-2 (3) (c)"
	],
	"CCI-003630": [
		"AC-2 (7) (c)"
	],
	"CCI-003631": [
		"AC-2 (8)"
	],
	"CCI-003632": [
		"AC-2 (8)"
	],
	"CCI-003633": [
		"AC-2 (8)"
	],
	"CCI-003634": [
		"AC-2 (8)"
	],
	"CCI-003635": [
		"AC-2 (8)"
	],
	"CCI-003636": [
		"AC-2 (8)"
	],
	"CCI-003637": [
		"AC-2 (13)"
	],
	"CCI-003638": [
		"AC-3 (4) (a)"
	],
	"CCI-003639": [
		"AC-3 (4) (b)"
	],
	"CCI-003640": [
		"AC-3 (4) (c)"
	],
	"CCI-003641": [
		"AC-3 (4) (d)"
	],
	"CCI-003642": [
		"AC-3 (4) (e)"
	],
	"CCI-003643": [
		"AC-3 (10)"
	],
	"CCI-003644": [
		"AC-3 (11)"
	],
	"CCI-003645": [
		"AC-3 (11)"
	],
	"CCI-003646": [
		"AC-3 (12) (a)"
	],
	"CCI-003647": [
		"AC-3 (12) (a)"
	],
	"CCI-003648": [
		"AC-3 (12) (b)"
	],
	"CCI-003649": [
		"AC-3 (12) (c)"
	],
	"CCI-003650": [
		"AC-3 (13)"
	],
	"CCI-003651": [
		"AC-3 (13)"
	],
	"CCI-003652": [
		"AC-3 (13)"
	],
	"CCI-003653": [
		"AC-3 (13)"
	],
	"CCI-003654": [
		"AC-3 (14)"
	],
	"CCI-003655": [
		"AC-3 (14)"
	],
	"CCI-003656": [
		"AC-3 (14)"
	],
	"CCI-003657": [
		"AC-3 (15) (a)"
	],
	"CCI-003658": [
		"AC-3 (15) (a)"
	],
	"CCI-003659": [
		"AC-3 (15) (b)"
	],
	"CCI-003660": [
		"AC-3 (15) (b)"
	],
	"CCI-003661": [
		"AC-4 (1)"
	],
	"CCI-003662": [
		"AC-4 (4)"
	],
	"CCI-003663": [
		"AC-4 (8) (a)"
	],
	"CCI-003664": [
		"AC-4 (8) (b)"
	],
	"CCI-003665": [
		"AC-4 (8) (b)"
	],
	"CCI-003666": [
		"AC-4 (19)"
	],
	"CCI-003667": [
		"AC-4 (23)"
	],
	"CCI-003668": [
		"AC-4 (23)"
	],
	"CCI-003669": [
		"AC-4 (24)"
	],
	"CCI-003670": [
		"AC-4 (24)"
	],
	"CCI-003671": [
		"AC-4 (25)"
	],
	"CCI-003672": [
		"AC-4 (25)"
	],
	"CCI-003673": [
		"AC-4 (26)"
	],
	"CCI-003674": [
		"AC-4 (27)"
	],
	"CCI-003675": [
		"AC-4 (28)"
	],
	"CCI-003676": [
		"AC-4 (29) (a)"
	],
	"CCI-003677": [
		"AC-4 (29) (b)"
	],
	"CCI-003678": [
		"AC-4 (30)"
	],
	"CCI-003679": [
		"AC-4 (31)"
	],
	"CCI-003680": [
		"AC-4 (32) (a)"
	],
	"CCI-003681": [
		"AC-4 (32) (b)"
	],
	"CCI-003682": [
		"AC-4 (32) (c)"
	],
	"CCI-003683": [
		"AC-4 (32) (d)"
	],
	"CCI-003684": [
		"AC-5 a"
	],
	"CCI-003685": [
		"AC-6 (1) (a)"
	],
	"CCI-003686": [
		"AC-6 (1) (b)"
	],
	"CCI-003687": [
		"AC-7 (3)"
	],
	"CCI-003688": [
		"AC-7 (3)"
	],
	"CCI-003689": [
		"AC-7 (4) (a)"
	],
	"CCI-003690": [
		"AC-7 (4) (a)"
	],
	"CCI-003691": [
		"AC-7 (4) (b)"
	],
	"CCI-003692": [
		"AC-7 (4) (b)"
	],
	"CCI-003693": [
		"AC-12 (3)"
	],
	"CCI-003694": [
		"AC-12 (3)"
	],
	"CCI-003695": [
		"AC-14 a"
	],
	"CCI-003696": [
		"AC-16 a"
	],
	"CCI-003697": [
		"AC-16 a"
	],
	"CCI-003698": [
		"AC-16 a"
	],
	"CCI-003699": [
		"AC-16 a"
	],
	"CCI-003700": [
		"AC-16 a"
	],
	"CCI-003701": [
		"AC-16 a"
	],
	"CCI-003702": [
		"AC-16 b"
	],
	"CCI-003703": [
		"AC-16 b"
	],
	"CCI-003704": [
		"AC-16 c"
	],
	"CCI-003705": [
		"AC-16 c"
	],
	"CCI-003706": [
		"AC-16 d"
	],
	"CCI-003707": [
		"AC-16 e"
	],
	"CCI-003708": [
		"AC-16 f"
	],
	"CCI-003709": [
		"AC-16 f"
	],
	"CCI-003710": [
		"AC-16 f"
	],
	"CCI-003711": [
		"AC-16 f"
	],
	"CCI-003712": [
		"AC-16 (1)"
	],
	"CCI-003713": [
		"AC-16 (1)"
	],
	"CCI-003714": [
		"AC-16 (1)"
	],
	"CCI-003715": [
		"AC-16 (2)"
	],
	"CCI-003716": [
		"AC-16 (2)"
	],
	"CCI-003717": [
		"AC-16 (3)"
	],
	"CCI-003718": [
		"AC-16 (3)"
	],
	"CCI-003719": [
		"AC-16 (3)"
	],
	"CCI-003720": [
		"AC-16 (3)"
	],
	"CCI-003721": [
		"AC-16 (3)"
	],
	"CCI-003722": [
		"AC-16 (4)"
	],
	"CCI-003723": [
		"AC-16 (4)"
	],
	"CCI-003724": [
		"AC-16 (4)"
	],
	"CCI-003725": [
		"AC-16 (4)"
	],
	"CCI-003726": [
		"AC-16 (4)"
	],
	"CCI-003727": [
		"AC-16 (5)"
	],
	"CCI-003728": [
		"AC-16 (5)"
	],
	"CCI-003729": [
		"AC-16 (5)"
	],
	"CCI-003730": [
		"AC-16 (6)"
	],
	"CCI-003731": [
		"AC-16 (6)"
	],
	"CCI-003732": [
		"AC-16 (6)"
	],
	"CCI-003733": [
		"AC-16 (6)"
	],
	"CCI-003734": [
		"AC-16 (6)"
	],
	"CCI-003735": [
		"AC-16 (6)"
	],
	"CCI-003736": [
		"AC-16 (6)"
	],
	"CCI-003737": [
		"AC-16 (6)"
	],
	"CCI-003738": [
		"AC-16 (7)"
	],
	"CCI-003739": [
		"AC-16 (8)"
	],
	"CCI-003740": [
		"AC-16 (8)"
	],
	"CCI-003741": [
		"AC-16 (8)"
	],
	"CCI-003742": [
		"AC-16 (9)"
	],
	"CCI-003743": [
		"AC-16 (10)"
	],
	"CCI-003744": [
		"AC-16 (10)"
	],
	"CCI-003745": [
		"AC-16 (10)"
	],
	"CCI-003746": [
		"AC-16 (10)"
	],
	"CCI-003747": [
		"AC-17 (10)"
	],
	"CCI-003748": [
		"AC-17 (10)"
	],
	"CCI-003749": [
		"AC-17 (10)"
	],
	"CCI-003750": [
		"AC-20 a 1"
	],
	"CCI-003751": [
		"AC-20 a 1"
	],
	"CCI-003752": [
		"AC-20 a 2"
	],
	"CCI-003753": [
		"AC-20 a 2"
	],
	"CCI-003754": [
		"AC-20 b"
	],
	"CCI-003755": [
		"AC-20 b"
	],
	"CCI-003756": [
		"AC-20 (1) (a)"
	],
	"CCI-003757": [
		"AC-20 (1) (a)"
	],
	"CCI-003758": [
		"AC-20 (2)"
	],
	"CCI-003759": [
		"AC-20 (5)"
	],
	"CCI-003760": [
		"AC-24 (2)"
	],
	"CCI-003761": [
		"AT-1 a 1 (b)"
	],
	"CCI-003762": [
		"AT-1 b"
	],
	"CCI-003763": [
		"AT-1 b"
	],
	"CCI-003764": [
		"AT-1 b"
	],
	"CCI-003765": [
		"AT-1 b"
	],
	"CCI-003766": [
		"AT-2 a 2"
	],
	"CCI-003767": [
		"AT-2 b"
	],
	"CCI-003768": [
		"AT-2 b"
	],
	"CCI-003769": [
		"AT-2 b"
	],
	"CCI-003770": [
		"AT-2 c"
	],
	"CCI-003771": [
		"AT-2 c"
	],
	"CCI-003772": [
		"AT-2 c"
	],
	"CCI-003773": [
		"AT-2 c"
	],
	"CCI-003774": [
		"AT-2 d"
	],
	"CCI-003775": [
		"AT-2 (3)"
	],
	"CCI-003776": [
		"AT-2 (3)"
	],
	"CCI-003777": [
		"AT-2 (4)"
	],
	"CCI-003778": [
		"AT-2 (4)"
	],
	"CCI-003779": [
		"AT-2 (5)"
	],
	"CCI-003780": [
		"AT-2 (6) (a)"
	],
	"CCI-003781": [
		"AT-2 (6) (b)"
	],
	"CCI-003782": [
		"AT-3 a"
	],
	"CCI-003783": [
		"AT-3 a 1"
	],
	"CCI-003784": [
		"AT-3 a 2"
	],
	"CCI-003785": [
		"AT-3 b"
	],
	"CCI-003786": [
		"AT-3 b"
	],
	"CCI-003787": [
		"AT-3 b"
	],
	"CCI-003788": [
		"AT-3 b"
	],
	"CCI-003789": [
		"AT-3 c"
	],
	"CCI-003790": [
		"AT-3 (3)"
	],
	"CCI-003791": [
		"AT-3 (5)"
	],
	"CCI-003792": [
		"AT-3 (5)"
	],
	"CCI-003793": [
		"AT-3 (5)"
	],
	"CCI-003794": [
		"AT-4 a"
	],
	"CCI-003795": [
		"AT-4 a"
	],
	"CCI-003796": [
		"AT-6"
	],
	"CCI-003797": [
		"AT-6"
	],
	"CCI-003798": [
		"AT-6"
	],
	"CCI-003799": [
		"AU-1 a 1 (b)"
	],
	"CCI-003800": [
		"AU-1 b"
	],
	"CCI-003801": [
		"AU-1 b"
	],
	"CCI-003802": [
		"AU-1 b"
	],
	"CCI-003803": [
		"AU-1 b"
	],
	"CCI-003804": [
		"AU-1 b"
	],
	"CCI-003805": [
		"AU-1 b"
	],
	"CCI-003806": [
		"AU-1 c 1"
	],
	"CCI-003807": [
		"AU-1 c 1"
	],
	"CCI-003808": [
		"AU-1 c 2"
	],
	"CCI-003809": [
		"AU-1 c 2"
	],
	"CCI-003810": [
		"AU-2 e"
	],
	"CCI-003811": [
		"AU-2 e"
	],
	"CCI-003812": [
		"AU-3 (3)"
	],
	"CCI-003813": [
		"AU-3 (3)"
	],
	"CCI-003814": [
		"AU-5 a"
	],
	"CCI-003815": [
		"AU-5 (5)"
	],
	"CCI-003816": [
		"AU-5 (5)"
	],
	"CCI-003817": [
		"AU-6 a"
	],
	"CCI-003818": [
		"AU-6 c"
	],
	"CCI-003819": [
		"AU-6 c"
	],
	"CCI-003820": [
		"AU-6 (1)"
	],
	"CCI-003821": [
		"AU-6 (4)"
	],
	"CCI-003822": [
		"AU-7 a"
	],
	"CCI-003823": [
		"AU-7 a"
	],
	"CCI-003824": [
		"AU-7 a"
	],
	"CCI-003825": [
		"AU-7 a"
	],
	"CCI-003826": [
		"AU-7 a"
	],
	"CCI-003827": [
		"AU-7 a"
	],
	"CCI-003828": [
		"AU-7 b"
	],
	"CCI-003829": [
		"AU-7 b"
	],
	"CCI-003830": [
		"AU-7 (1)"
	],
	"CCI-003831": [
		"AU-9 b"
	],
	"CCI-003832": [
		"AU-9 b"
	],
	"CCI-003833": [
		"AU-9 (7)"
	],
	"CCI-003834": [
		"AU-12 (3)"
	],
	"CCI-003835": [
		"AU-12 (4)"
	],
	"CCI-003836": [
		"AU-12 (4)"
	],
	"CCI-003837": [
		"AU-13 b 1"
	],
	"CCI-003838": [
		"AU-13 b 1"
	],
	"CCI-003839": [
		"AU-13 b 2"
	],
	"CCI-003840": [
		"AU-13 b 2"
	],
	"CCI-003841": [
		"AU-13 (1)"
	],
	"CCI-003842": [
		"AU-13 (1)"
	],
	"CCI-003843": [
		"AU-13 (3)"
	],
	"CCI-003844": [
		"AU-14 a"
	],
	"CCI-003845": [
		"AU-14 a"
	],
	"CCI-003846": [
		"AU-14 a"
	],
	"CCI-003847": [
		"AU-14 b"
	],
	"CCI-003848": [
		"AU-14 (3)"
	],
	"CCI-003849": [
		"CA-1 a 1 (b)"
	],
	"CCI-003850": [
		"CA-1 a 2"
	],
	"CCI-003851": [
		"CA-1 b"
	],
	"CCI-003852": [
		"CA-1 b"
	],
	"CCI-003853": [
		"CA-1 b"
	],
	"CCI-003854": [
		"CA-1 b"
	],
	"CCI-003855": [
		"CA-1 c 1"
	],
	"CCI-003856": [
		"CA-1 c 1"
	],
	"CCI-003857": [
		"CA-1 c 2"
	],
	"CCI-003858": [
		"CA-1 c 2"
	],
	"CCI-003859": [
		"CA-2 a"
	],
	"CCI-003860": [
		"CA-2 c"
	],
	"CCI-003861": [
		"CA-2 d"
	],
	"CCI-003862": [
		"CA-3 a"
	],
	"CCI-003863": [
		"CA-3 b"
	],
	"CCI-003864": [
		"CA-3 (6)"
	],
	"CCI-003865": [
		"CA-3 (7) (a)"
	],
	"CCI-003866": [
		"CA-3 (7) (b)"
	],
	"CCI-003867": [
		"CA-5 (1)"
	],
	"CCI-003868": [
		"CA-6 b"
	],
	"CCI-003869": [
		"CA-6 c 1"
	],
	"CCI-003870": [
		"CA-6 d"
	],
	"CCI-003871": [
		"CA-6 (1)"
	],
	"CCI-003872": [
		"CA-6 (2)"
	],
	"CCI-003873": [
		"CA-7"
	],
	"CCI-003874": [
		"CA-7 a"
	],
	"CCI-003875": [
		"CA-7 b"
	],
	"CCI-003876": [
		"CA-7 b"
	],
	"CCI-003877": [
		"CA-7 b"
	],
	"CCI-003878": [
		"CA-7 c"
	],
	"CCI-003879": [
		"CA-7 g"
	],
	"CCI-003880": [
		"CA-7 g"
	],
	"CCI-003881": [
		"CA-7 (4) (a)"
	],
	"CCI-003882": [
		"CA-7 (4) (b)"
	],
	"CCI-003883": [
		"CA-7 (4) (c)"
	],
	"CCI-003884": [
		"CA-7 (5)"
	],
	"CCI-003885": [
		"CA-7 (5)"
	],
	"CCI-003886": [
		"CA-7 (5)"
	],
	"CCI-003887": [
		"CA-7 (6)"
	],
	"CCI-003888": [
		"CA-7 (6)"
	],
	"CCI-003889": [
		"CA-8 (3)"
	],
	"CCI-003890": [
		"CA-8 (3)"
	],
	"CCI-003891": [
		"CA-9 (b)"
	],
	"CCI-003892": [
		"CA-9 (c)"
	],
	"CCI-003893": [
		"CA-9 (c)"
	],
	"CCI-003894": [
		"CA-9 (d)"
	],
	"CCI-003895": [
		"CA-9 (d)"
	],
	"CCI-003896": [
		"CA-9 (1)"
	],
	"CCI-003897": [
		"CM-1 a 1 (b)"
	],
	"CCI-003898": [
		"CM-1 b"
	],
	"CCI-003899": [
		"CM-1 b"
	],
	"CCI-003900": [
		"CM-1 b"
	],
	"CCI-003901": [
		"CM-1 b"
	],
	"CCI-003902": [
		"CM-1 b"
	],
	"CCI-003903": [
		"CM-1 b"
	],
	"CCI-003904": [
		"CM-1 c 1"
	],
	"CCI-003905": [
		"CM-1 c 1"
	],
	"CCI-003906": [
		"CM-1 c 2"
	],
	"CCI-003907": [
		"CM-1 c 2"
	],
	"CCI-003908": [
		"CM-1 c 2"
	],
	"CCI-003909": [
		"CM-2 a"
	],
	"CCI-003910": [
		"CM-2 b 3"
	],
	"CCI-003911": [
		"CM-2 (2)"
	],
	"CCI-003912": [
		"CM-3 b"
	],
	"CCI-003913": [
		"CM-3 (1) (a)"
	],
	"CCI-003914": [
		"CM-3 (1) (b)"
	],
	"CCI-003915": [
		"CM-3 (1) (c)"
	],
	"CCI-003916": [
		"CM-3 (1) (d)"
	],
	"CCI-003917": [
		"CM-3 (1) (e)"
	],
	"CCI-003918": [
		"CM-3 (1) (f)"
	],
	"CCI-003919": [
		"CM-3 (3)"
	],
	"CCI-003920": [
		"CM-3 (3)"
	],
	"CCI-003921": [
		"CM-3 (4)"
	],
	"CCI-003922": [
		"CM-3 (4)"
	],
	"CCI-003923": [
		"CM-3 (4)"
	],
	"CCI-003924": [
		"CM-3 (4)"
	],
	"CCI-003925": [
		"CM-3 (7)"
	],
	"CCI-003926": [
		"CM-3 (7)"
	],
	"CCI-003927": [
		"CM-3 (7)"
	],
	"CCI-003928": [
		"CM-3 (8)"
	],
	"CCI-003929": [
		"CM-3 (8)"
	],
	"CCI-003930": [
		"CM-4"
	],
	"CCI-003931": [
		"CM-4 (1)"
	],
	"CCI-003932": [
		"CM-4 (2)"
	],
	"CCI-003933": [
		"CM-4 (2)"
	],
	"CCI-003934": [
		"CM-4 (2)"
	],
	"CCI-003935": [
		"CM-5"
	],
	"CCI-003936": [
		"CM-5"
	],
	"CCI-003937": [
		"CM-5 (1) (a)"
	],
	"CCI-003938": [
		"CM-5 (1) (b)"
	],
	"CCI-003939": [
		"CM-5 (5) (b)"
	],
	"CCI-003940": [
		"CM-5 (5) (b)"
	],
	"CCI-003941": [
		"CM-6 a"
	],
	"CCI-003942": [
		"CM-6 a"
	],
	"CCI-003943": [
		"CM-6 d"
	],
	"CCI-003944": [
		"CM-6 d"
	],
	"CCI-003945": [
		"CM-6 d"
	],
	"CCI-003946": [
		"CM-6 d"
	],
	"CCI-003947": [
		"CM-6 (1)"
	],
	"CCI-003948": [
		"CM-7 a"
	],
	"CCI-003949": [
		"CM-7 (6)"
	],
	"CCI-003950": [
		"CM-7 (6)"
	],
	"CCI-003951": [
		"CM-7 (7) (a)"
	],
	"CCI-003952": [
		"CM-7 (7) (a)"
	],
	"CCI-003953": [
		"CM-7 (7) (b)"
	],
	"CCI-003954": [
		"CM-7 (7) (b)"
	],
	"CCI-003955": [
		"CM-7 (8) (a)"
	],
	"CCI-003956": [
		"CM-7 (8) (b)"
	],
	"CCI-003957": [
		"CM-7 (9) (a)"
	],
	"CCI-003958": [
		"CM-7 (9) (a)"
	],
	"CCI-003959": [
		"CM-7 (9) (b)"
	],
	"CCI-003960": [
		"CM-7 (9) (c)"
	],
	"CCI-003961": [
		"CM-7 (9) (c)"
	],
	"CCI-003962": [
		"CM-8 a 1"
	],
	"CCI-003963": [
		"CM-8 a 2"
	],
	"CCI-003964": [
		"CM-8 a 3"
	],
	"CCI-003965": [
		"CM-8 a 4"
	],
	"CCI-003966": [
		"CM-8 a 4"
	],
	"CCI-003967": [
		"CM-8 a 5"
	],
	"CCI-003968": [
		"CM-8 (2)"
	],
	"CCI-003969": [
		"CM-8 (3) (a)"
	],
	"CCI-003970": [
		"CM-8 (8)"
	],
	"CCI-003971": [
		"CM-9 a"
	],
	"CCI-003972": [
		"CM-9 a"
	],
	"CCI-003973": [
		"CM-9 b"
	],
	"CCI-003974": [
		"CM-9 b"
	],
	"CCI-003975": [
		"CM-9 c"
	],
	"CCI-003976": [
		"CM-9 c"
	],
	"CCI-003977": [
		"CM-9 d"
	],
	"CCI-003978": [
		"CM-9 d"
	],
	"CCI-003979": [
		"CM-9 d"
	],
	"CCI-003980": [
		"CM-11 (2)"
	],
	"CCI-003981": [
		"CM-11 (3)"
	],
	"CCI-003982": [
		"CM-12 a"
	],
	"CCI-003983": [
		"CM-12 a"
	],
	"CCI-003984": [
		"CM-12 a"
	],
	"CCI-003985": [
		"CM-12 b"
	],
	"CCI-003986": [
		"CM-12 b"
	],
	"CCI-003987": [
		"CM-12 c"
	],
	"CCI-003988": [
		"CM-12 (1)"
	],
	"CCI-003989": [
		"CM-12 (1)"
	],
	"CCI-003990": [
		"CM-12 (1)"
	],
	"CCI-003991": [
		"CM-13"
	],
	"CCI-003992": [
		"CM-14"
	],
	"CCI-003993": [
		"CM-14"
	],
	"CCI-003994": [
		"CP-1 a 1 (b)"
	],
	"CCI-003995": [
		"CP-1 a 1 (b)"
	],
	"CCI-003996": [
		"CP-1 b"
	],
	"CCI-003997": [
		"CP-1 b"
	],
	"CCI-003998": [
		"CP-1 b"
	],
	"CCI-003999": [
		"CP-1 b"
	],
	"CCI-004000": [
		"CP-1 b"
	],
	"CCI-004001": [
		"CP-1 b"
	],
	"CCI-004002": [
		"CP-1 c 1"
	],
	"CCI-004003": [
		"CP-1 c 1"
	],
	"CCI-004004": [
		"CP-1 c 2"
	],
	"CCI-004005": [
		"CP-1 c 2"
	],
	"CCI-004006": [
		"CP-2 a 4"
	],
	"CCI-004007": [
		"CP-2 a 4"
	],
	"CCI-004008": [
		"CP-2 a 6"
	],
	"CCI-004009": [
		"CP-2 g"
	],
	"CCI-004010": [
		"CP-3 b"
	],
	"CCI-004011": [
		"CP-3 b"
	],
	"CCI-004012": [
		"CP-3 b"
	],
	"CCI-004013": [
		"CP-3 b"
	],
	"CCI-004014": [
		"CP-4 (3)"
	],
	"CCI-004015": [
		"CP-4 (5)"
	],
	"CCI-004016": [
		"CP-4 (5)"
	],
	"CCI-004017": [
		"CP-4 (5)"
	],
	"CCI-004018": [
		"CP-6 a"
	],
	"CCI-004019": [
		"CP-8 (1) (b)"
	],
	"CCI-004020": [
		"CP-9 (a)"
	],
	"CCI-004021": [
		"CP-9 (c)"
	],
	"CCI-004022": [
		"CP-9 (d)"
	],
	"CCI-004023": [
		"CP-9 (d)"
	],
	"CCI-004024": [
		"CP-9 (d)"
	],
	"CCI-004025": [
		"CP-9 (8)"
	],
	"CCI-004026": [
		"CP-9 (8)"
	],
	"CCI-004027": [
		"CP-9 (8)"
	],
	"CCI-004028": [
		"CP-10"
	],
	"CCI-004029": [
		"CP-10"
	],
	"CCI-004030": [
		"CP-10 (6)"
	],
	"CCI-004031": [
		"IA-1 a 1"
	],
	"CCI-004032": [
		"IA-1 a 1 (a)"
	],
	"CCI-004033": [
		"IA-1 a 1 (b)"
	],
	"CCI-004034": [
		"IA-1 a 2"
	],
	"CCI-004035": [
		"IA-1 b"
	],
	"CCI-004036": [
		"IA-1 b"
	],
	"CCI-004037": [
		"IA-1 b"
	],
	"CCI-004038": [
		"IA-1 b"
	],
	"CCI-004039": [
		"IA-1 b"
	],
	"CCI-004040": [
		"IA-1 b"
	],
	"CCI-004041": [
		"IA-1 c 1"
	],
	"CCI-004042": [
		"IA-1 c 1"
	],
	"CCI-004043": [
		"IA-1 c 2"
	],
	"CCI-004044": [
		"IA-1 c 2"
	],
	"CCI-004045": [
		"IA-2 (5)"
	],
	"CCI-004046": [
		"IA-2 (6) (a)"
	],
	"CCI-004047": [
		"IA-2 (6) (b)"
	],
	"CCI-004048": [
		"IA-2 (6) (b)"
	],
	"CCI-004049": [
		"IA-4 (5)"
	],
	"CCI-004050": [
		"IA-4 (8)"
	],
	"CCI-004051": [
		"IA-4 (9)"
	],
	"CCI-004052": [
		"IA-4 (9)"
	],
	"CCI-004053": [
		"IA-5 d"
	],
	"CCI-004054": [
		"IA-5 d"
	],
	"CCI-004055": [
		"IA-5 e"
	],
	"CCI-004056": [
		"IA-5 f"
	],
	"CCI-004057": [
		"IA-5 (1) (a)"
	],
	"CCI-004058": [
		"IA-5 (1) (a)"
	],
	"CCI-004059": [
		"IA-5 (1) (a)"
	],
	"CCI-004060": [
		"IA-5 (1) (a)"
	],
	"CCI-004061": [
		"IA-5 (1) (b)"
	],
	"CCI-004062": [
		"IA-5 (1) (d)"
	],
	"CCI-004063": [
		"IA-5 (1) (e)"
	],
	"CCI-004064": [
		"IA-5 (1) (f)"
	],
	"CCI-004065": [
		"IA-5 (1) (g)"
	],
	"CCI-004066": [
		"IA-5 (1) (h)"
	],
	"CCI-004067": [
		"IA-5 (1) (h)"
	],
	"CCI-004068": [
		"IA-5 (2) (b) (2)"
	],
	"CCI-004069": [
		"IA-5 (7)"
	],
	"CCI-004070": [
		"IA-5 (9)"
	],
	"CCI-004071": [
		"IA-5 (9)"
	],
	"CCI-004072": [
		"IA-5 (10)"
	],
	"CCI-004073": [
		"IA-5 (15)"
	],
	"CCI-004074": [
		"IA-5 (16)"
	],
	"CCI-004075": [
		"IA-5 (16)"
	],
	"CCI-004076": [
		"IA-5 (16)"
	],
	"CCI-004077": [
		"IA-5 (16)"
	],
	"CCI-004078": [
		"IA-5 (17)"
	],
	"CCI-004079": [
		"IA-5 (18) (a)"
	],
	"CCI-004080": [
		"IA-5 (18) (a)"
	],
	"CCI-004081": [
		"IA-5 (18) (b)"
	],
	"CCI-004082": [
		"IA-5 (18) (b)"
	],
	"CCI-004083": [
		"IA-8 (2) (a)"
	],
	"CCI-004084": [
		"IA-8 (2) (b)"
	],
	"CCI-004085": [
		"IA-8 (4)"
	],
	"CCI-004086": [
		"IA-8 (4)"
	],
	"CCI-004087": [
		"IA-8 (5)"
	],
	"CCI-004088": [
		"IA-8 (6)"
	],
	"CCI-004089": [
		"IA-8 (6)"
	],
	"CCI-004090": [
		"IA-8 (6)"
	],
	"CCI-004091": [
		"IA-8 (6)"
	],
	"CCI-004092": [
		"IA-12 a"
	],
	"CCI-004093": [
		"IA-12 a"
	],
	"CCI-004094": [
		"IA-12 b"
	],
	"CCI-004095": [
		"IA-12 c"
	],
	"CCI-004096": [
		"IA-12 c"
	],
	"CCI-004097": [
		"IA-12 c"
	],
	"CCI-004098": [
		"IA-12 (1)"
	],
	"CCI-004099": [
		"IA-12 (2)"
	],
	"CCI-004100": [
		"IA-12 (3)"
	],
	"CCI-004101": [
		"IA-12 (3)"
	],
	"CCI-004102": [
		"IA-12 (3)"
	],
	"CCI-004103": [
		"IA-12 (3)"
	],
	"CCI-004104": [
		"IA-12 (4)"
	],
	"CCI-004105": [
		"IA-12 (4)"
	],
	"CCI-004106": [
		"IA-12 (5)"
	],
	"CCI-004107": [
		"IA-12 (6)"
	],
	"CCI-004108": [
		"IA-12 (6)"
	],
	"CCI-004109": [
		"IR-1 a 1 (b)"
	],
	"CCI-004110": [
		"IR-1 b"
	],
	"CCI-004111": [
		"IR-1 b"
	],
	"CCI-004112": [
		"IR-1 b"
	],
	"CCI-004113": [
		"IR-1 c 1"
	],
	"CCI-004114": [
		"IR-1 c 1"
	],
	"CCI-004115": [
		"IR-1 c 2"
	],
	"CCI-004116": [
		"IR-1 c 2"
	],
	"CCI-004117": [
		"IR-2 (2)"
	],
	"CCI-004118": [
		"IR-2 (3)"
	],
	"CCI-004119": [
		"IR-3 (1)"
	],
	"CCI-004120": [
		"IR-3 (3) (a)"
	],
	"CCI-004121": [
		"IR-3 (3) (a)"
	],
	"CCI-004122": [
		"IR-3 (3) (b)"
	],
	"CCI-004123": [
		"IR-3 (3) (b)"
	],
	"CCI-004124": [
		"IR-3 (3) (c)"
	],
	"CCI-004125": [
		"IR-3 (3) (c)"
	],
	"CCI-004126": [
		"IR-3 (3) (c)"
	],
	"CCI-004127": [
		"IR-3 (3) (c)"
	],
	"CCI-004128": [
		"IR-3 (3) (c)"
	],
	"CCI-004129": [
		"IR-3 (3) (c)"
	],
	"CCI-004130": [
		"IR-4 c"
	],
	"CCI-004131": [
		"IR-4 c"
	],
	"CCI-004132": [
		"IR-4 c"
	],
	"CCI-004133": [
		"IR-4 d"
	],
	"CCI-004134": [
		"IR-4 d"
	],
	"CCI-004135": [
		"IR-4 d"
	],
	"CCI-004136": [
		"IR-4 d"
	],
	"CCI-004137": [
		"IR-4 (1)"
	],
	"CCI-004138": [
		"IR-4 (2)"
	],
	"CCI-004139": [
		"IR-4 (3)"
	],
	"CCI-004140": [
		"IR-4 (3)"
	],
	"CCI-004141": [
		"IR-4 (7)"
	],
	"CCI-004142": [
		"IR-4 (7)"
	],
	"CCI-004143": [
		"IR-4 (11)"
	],
	"CCI-004144": [
		"IR-4 (11)"
	],
	"CCI-004145": [
		"IR-4 (12)"
	],
	"CCI-004146": [
		"IR-4 (13)"
	],
	"CCI-004147": [
		"IR-4 (13)"
	],
	"CCI-004148": [
		"IR-4 (14)"
	],
	"CCI-004149": [
		"IR-4 (15) (a)"
	],
	"CCI-004150": [
		"IR-4 (15) (b)"
	],
	"CCI-004151": [
		"IR-5 (1)"
	],
	"CCI-004152": [
		"IR-5 (1)"
	],
	"CCI-004153": [
		"IR-5 (1)"
	],
	"CCI-004154": [
		"IR-5 (1)"
	],
	"CCI-004155": [
		"IR-6 (1)"
	],
	"CCI-004156": [
		"IR-6 (3)"
	],
	"CCI-004157": [
		"IR-8 a 8"
	],
	"CCI-004158": [
		"IR-8 a 9"
	],
	"CCI-004159": [
		"IR-8 a 10"
	],
	"CCI-004160": [
		"IR-8 (1) (a)"
	],
	"CCI-004161": [
		"IR-8 (1) (b)"
	],
	"CCI-004162": [
		"IR-8 (1) (c)"
	],
	"CCI-004163": [
		"IR-9 a"
	],
	"CCI-004164": [
		"IR-9 a"
	],
	"CCI-004165": [
		"MA-1 a 1 (b)"
	],
	"CCI-004166": [
		"MA-1 b"
	],
	"CCI-004167": [
		"MA-1 b"
	],
	"CCI-004168": [
		"MA-1 b"
	],
	"CCI-004169": [
		"MA-1 b"
	],
	"CCI-004170": [
		"MA-1 c 1"
	],
	"CCI-004171": [
		"MA-1 c 1"
	],
	"CCI-004172": [
		"MA-1 c 2"
	],
	"CCI-004173": [
		"MA-1 c 2"
	],
	"CCI-004174": [
		"MA-2 a"
	],
	"CCI-004175": [
		"MA-2 a"
	],
	"CCI-004176": [
		"MA-2 a"
	],
	"CCI-004177": [
		"MA-2 b"
	],
	"CCI-004178": [
		"MA-2 b"
	],
	"CCI-004179": [
		"MA-2 b"
	],
	"CCI-004180": [
		"MA-2 b"
	],
	"CCI-004181": [
		"MA-2 d"
	],
	"CCI-004182": [
		"MA-2 (2) (a)"
	],
	"CCI-004183": [
		"MA-2 (2) (a)"
	],
	"CCI-004184": [
		"MA-2 (2) (a)"
	],
	"CCI-004185": [
		"MA-2 (2) (b)"
	],
	"CCI-004186": [
		"MA-3 b"
	],
	"CCI-004187": [
		"MA-3 b"
	],
	"CCI-004188": [
		"MA-3 (5)"
	],
	"CCI-004189": [
		"MA-3 (6)"
	],
	"CCI-004190": [
		"MA-4 e"
	],
	"CCI-004191": [
		"MA-4 e"
	],
	"CCI-004192": [
		"MA-4 (4) (b) (2)"
	],
	"CCI-004193": [
		"MA-4 (6)"
	],
	"CCI-004194": [
		"MA-5 (1) (b)"
	],
	"CCI-004195": [
		"MA-5 (1) (b)"
	],
	"CCI-004196": [
		"MA-5 (1) (b)"
	],
	"CCI-004197": [
		"MA-6 (3)"
	],
	"CCI-004198": [
		"MA-7"
	],
	"CCI-004199": [
		"MA-7"
	],
	"CCI-004200": [
		"MA-7"
	],
	"CCI-004201": [
		"MP-1 a 1 (b)"
	],
	"CCI-004202": [
		"MP-1 b"
	],
	"CCI-004203": [
		"MP-1 b"
	],
	"CCI-004204": [
		"MP-1 b"
	],
	"CCI-004205": [
		"MP-1 b"
	],
	"CCI-004206": [
		"MP-1 b"
	],
	"CCI-004207": [
		"MP-1 c 1"
	],
	"CCI-004208": [
		"MP-1 c 1"
	],
	"CCI-004209": [
		"MP-1 c 2"
	],
	"CCI-004210": [
		"MP-1 c 2"
	],
	"CCI-004211": [
		"MP-4 a"
	],
	"CCI-004212": [
		"MP-4 a"
	],
	"CCI-004213": [
		"MP-4 b"
	],
	"CCI-004214": [
		"MP-4 b"
	],
	"CCI-004215": [
		"MP-4 b"
	],
	"CCI-004216": [
		"MP-4 (2)"
	],
	"CCI-004217": [
		"MP-5 a"
	],
	"CCI-004218": [
		"MP-5 a"
	],
	"CCI-004219": [
		"MP-6 (2)"
	],
	"CCI-004220": [
		"MP-6 (2)"
	],
	"CCI-004221": [
		"MP-8 a"
	],
	"CCI-004222": [
		"MP-8 a"
	],
	"CCI-004223": [
		"MP-8 b"
	],
	"CCI-004224": [
		"MP-8 b"
	],
	"CCI-004225": [
		"MP-8 c"
	],
	"CCI-004226": [
		"MP-8 c"
	],
	"CCI-004227": [
		"MP-8 (2)"
	],
	"CCI-004228": [
		"MP-8 (2)"
	],
	"CCI-004229": [
		"PE-1 a 1 (b)"
	],
	"CCI-004230": [
		"PE-1 b"
	],
	"CCI-004231": [
		"PE-1 b"
	],
	"CCI-004232": [
		"PE-1 b"
	],
	"CCI-004233": [
		"PE-1 b"
	],
	"CCI-004234": [
		"PE-1 b"
	],
	"CCI-004235": [
		"PE-1 b"
	],
	"CCI-004236": [
		"PE-1 c 1"
	],
	"CCI-004237": [
		"PE-1 c 1"
	],
	"CCI-004238": [
		"PE-1 c 2"
	],
	"CCI-004239": [
		"PE-1 c 2"
	],
	"CCI-004240": [
		"PE-3 a"
	],
	"CCI-004241": [
		"PE-3 a"
	],
	"CCI-004242": [
		"PE-3 a 2"
	],
	"CCI-004243": [
		"PE-3 a 2"
	],
	"CCI-004244": [
		"PE-3 (7)"
	],
	"CCI-004245": [
		"PE-3 (8)"
	],
	"CCI-004246": [
		"PE-3 (8)"
	],
	"CCI-004247": [
		"PE-5 (2)"
	],
	"CCI-004248": [
		"PE-6 (2)"
	],
	"CCI-004249": [
		"PE-6 (3) (b)"
	],
	"CCI-004250": [
		"PE-6 (3) (b)"
	],
	"CCI-004251": [
		"PE-8 c"
	],
	"CCI-004252": [
		"PE-8 c"
	],
	"CCI-004253": [
		"PE-8 (1)"
	],
	"CCI-004254": [
		"PE-8 (3)"
	],
	"CCI-004255": [
		"PE-8 (3)"
	],
	"CCI-004256": [
		"PE-10 a"
	],
	"CCI-004257": [
		"PE-14 (1)"
	],
	"CCI-004258": [
		"PE-14 (2)"
	],
	"CCI-004259": [
		"PE-15 (1)"
	],
	"CCI-004260": [
		"PE-15 (1)"
	],
	"CCI-004261": [
		"PE-15 (1)"
	],
	"CCI-004262": [
		"PE-17 a"
	],
	"CCI-004263": [
		"PE-17 d"
	],
	"CCI-004264": [
		"PE-19 (1)"
	],
	"CCI-004265": [
		"PE-19 (1)"
	],
	"CCI-004266": [
		"PE-21"
	],
	"CCI-004267": [
		"PE-21"
	],
	"CCI-004268": [
		"PE-21"
	],
	"CCI-004269": [
		"PE-22"
	],
	"CCI-004270": [
		"PE-22"
	],
	"CCI-004271": [
		"PE-23 a"
	],
	"CCI-004272": [
		"PE-23 b"
	],
	"CCI-004273": [
		"PL-1 a 1 (b)"
	],
	"CCI-004274": [
		"PL-1 b"
	],
	"CCI-004275": [
		"PL-1 b"
	],
	"CCI-004276": [
		"PL-1 c 1"
	],
	"CCI-004277": [
		"PL-1 c 2"
	],
	"CCI-004278": [
		"PL-2 a 4"
	],
	"CCI-004279": [
		"PL-2 a 5"
	],
	"CCI-004280": [
		"PL-2 a 7"
	],
	"CCI-004281": [
		"PL-2 a 8"
	],
	"CCI-004282": [
		"PL-2 a 13"
	],
	"CCI-004283": [
		"PL-2 a 14"
	],
	"CCI-004284": [
		"PL-4 a"
	],
	"CCI-004285": [
		"PL-4 a"
	],
	"CCI-004286": [
		"PL-4 a"
	],
	"CCI-004287": [
		"PL-4 a"
	],
	"CCI-004288": [
		"PL-4 a"
	],
	"CCI-004289": [
		"PL-4 d"
	],
	"CCI-004290": [
		"PL-4 (1) (c)"
	],
	"CCI-004291": [
		"PL-7 a"
	],
	"CCI-004292": [
		"PL-8 a"
	],
	"CCI-004293": [
		"PL-8 a 1"
	],
	"CCI-004294": [
		"PL-8 a 2"
	],
	"CCI-004295": [
		"PL-8 a 2"
	],
	"CCI-004296": [
		"PL-8 a 3"
	],
	"CCI-004297": [
		"PL-8 a 4"
	],
	"CCI-004298": [
		"PL-8 c"
	],
	"CCI-004299": [
		"PL-8 c"
	],
	"CCI-004300": [
		"PL-8 c"
	],
	"CCI-004301": [
		"PL-8 (1) (a)"
	],
	"CCI-004302": [
		"PL-8 (1) (a)"
	],
	"CCI-004303": [
		"PL-8 (1) (a)"
	],
	"CCI-004304": [
		"PL-8 (1) (a)"
	],
	"CCI-004305": [
		"PL-8 (1) (a)"
	],
	"CCI-004306": [
		"PL-8 (1) (a)"
	],
	"CCI-004307": [
		"PL-8 (1) (b)"
	],
	"CCI-004308": [
		"PL-8 (2)"
	],
	"CCI-004309": [
		"PL-8 (2)"
	],
	"CCI-004310": [
		"PL-10"
	],
	"CCI-004311": [
		"PL-11"
	],
	"CCI-004312": [
		"PM-1 b"
	],
	"CCI-004313": [
		"PM-1 b"
	],
	"CCI-004314": [
		"PM-3 a"
	],
	"CCI-004315": [
		"PM-3 a"
	],
	"CCI-004316": [
		"PM-3 b"
	],
	"CCI-004317": [
		"PM-3 b"
	],
	"CCI-004318": [
		"PM-3 c"
	],
	"CCI-004319": [
		"PM-4 a 1"
	],
	"CCI-004320": [
		"PM-4 a 1"
	],
	"CCI-004321": [
		"PM-4 a 1"
	],
	"CCI-004322": [
		"PM-4 a 1"
	],
	"CCI-004323": [
		"PM-4 a 2"
	],
	"CCI-004324": [
		"PM-4 a 2"
	],
	"CCI-004325": [
		"PM-4 a 3"
	],
	"CCI-004326": [
		"PM-4 a 3"
	],
	"CCI-004327": [
		"PM-4 a 3"
	],
	"CCI-004328": [
		"PM-5"
	],
	"CCI-004329": [
		"PM-5"
	],
	"CCI-004330": [
		"PM-5"
	],
	"CCI-004331": [
		"PM-5 (1)"
	],
	"CCI-004332": [
		"PM-5 (1)"
	],
	"CCI-004333": [
		"PM-5 (1)"
	],
	"CCI-004334": [
		"PM-5 (1)"
	],
	"CCI-004335": [
		"PM-6"
	],
	"CCI-004336": [
		"PM-6"
	],
	"CCI-004337": [
		"PM-6"
	],
	"CCI-004338": [
		"PM-7"
	],
	"CCI-004339": [
		"PM-7"
	],
	"CCI-004340": [
		"PM-7"
	],
	"CCI-004341": [
		"PM-7 (1)"
	],
	"CCI-004342": [
		"PM-7 (1)"
	],
	"CCI-004343": [
		"PM-8"
	],
	"CCI-004344": [
		"PM-8"
	],
	"CCI-004345": [
		"PM-9 a 2"
	],
	"CCI-004346": [
		"PM-10 a"
	],
	"CCI-004347": [
		"PM-10 a"
	],
	"CCI-004348": [
		"PM-11 a"
	],
	"CCI-004349": [
		"PM-11 b"
	],
	"CCI-004350": [
		"PM-11 c"
	],
	"CCI-004351": [
		"PM-11 c"
	],
	"CCI-004352": [
		"PM-13"
	],
	"CCI-004353": [
		"PM-14 a 1"
	],
	"CCI-004354": [
		"PM-14 a 1"
	],
	"CCI-004355": [
		"PM-14 a 1"
	],
	"CCI-004356": [
		"PM-14 a 1"
	],
	"CCI-004357": [
		"PM-14 a 1"
	],
	"CCI-004358": [
		"PM-14 a 1"
	],
	"CCI-004359": [
		"PM-14 a 2"
	],
	"CCI-004360": [
		"PM-14 a 2"
	],
	"CCI-004361": [
		"PM-14 a 2"
	],
	"CCI-004362": [
		"PM-15 a"
	],
	"CCI-004363": [
		"PM-15 b"
	],
	"CCI-004364": [
		"PM-15 c"
	],
	"CCI-004365": [
		"PM-16 (1)"
	],
	"CCI-004366": [
		"PM-17 a"
	],
	"CCI-004367": [
		"PM-17 a"
	],
	"CCI-004368": [
		"PM-17 b"
	],
	"CCI-004369": [
		"PM-17 b"
	],
	"CCI-004370": [
		"PM-17 b"
	],
	"CCI-004371": [
		"PM-17 b"
	],
	"CCI-004372": [
		"PM-18 a"
	],
	"CCI-004373": [
		"PM-18 a"
	],
	"CCI-004374": [
		"PM-18 a 1"
	],
	"CCI-004375": [
		"PM-18 a 1"
	],
	"CCI-004376": [
		"PM-18 a 2"
	],
	"CCI-004377": [
		"PM-18 a 2"
	],
	"CCI-004378": [
		"PM-18 a 2"
	],
	"CCI-004379": [
		"PM-18 a 2"
	],
	"CCI-004380": [
		"PM-18 a 3"
	],
	"CCI-004381": [
		"PM-18 a 3"
	],
	"CCI-004382": [
		"PM-18 a 4"
	],
	"CCI-004383": [
		"PM-18 a 4"
	],
	"CCI-004384": [
		"PM-18 a 5"
	],
	"CCI-004385": [
		"PM-18 a 5"
	],
	"CCI-004386": [
		"PM-18 a 6"
	],
	"CCI-004387": [
		"PM-18 a 6"
	],
	"CCI-004388": [
		"PM-18 a 6"
	],
	"CCI-004389": [
		"PM-18 b"
	],
	"CCI-004390": [
		"PM-19"
	],
	"CCI-004391": [
		"PM-19"
	],
	"CCI-004392": [
		"PM-19"
	],
	"CCI-004393": [
		"PM-19"
	],
	"CCI-004394": [
		"PM-20"
	],
	"CCI-004395": [
		"PM-20 a"
	],
	"CCI-004396": [
		"PM-20 a"
	],
	"CCI-004397": [
		"PM-20 b"
	],
	"CCI-004398": [
		"PM-20 c"
	],
	"CCI-004399": [
		"PM-20 (1) (a)"
	],
	"CCI-004400": [
		"PM-20 (1) (a)"
	],
	"CCI-004401": [
		"PM-20 (1) (b)"
	],
	"CCI-004402": [
		"PM-20 (1) (c)"
	],
	"CCI-004403": [
		"PM-20 (1) (c)"
	],
	"CCI-004404": [
		"PM-21 a"
	],
	"CCI-004405": [
		"PM-21 a"
	],
	"CCI-004406": [
		"PM-21 a 1"
	],
	"CCI-004407": [
		"PM-21 a 1"
	],
	"CCI-004408": [
		"PM-21 a 2"
	],
	"CCI-004409": [
		"PM-21 a 2"
	],
	"CCI-004410": [
		"PM-21 b"
	],
	"CCI-004411": [
		"PM-21 c"
	],
	"CCI-004412": [
		"PM-22 a"
	],
	"CCI-004413": [
		"PM-22 a"
	],
	"CCI-004414": [
		"PM-22 b"
	],
	"CCI-004415": [
		"PM-22 b"
	],
	"CCI-004416": [
		"PM-22 c"
	],
	"CCI-004417": [
		"PM-22 c"
	],
	"CCI-004418": [
		"PM-22 d"
	],
	"CCI-004419": [
		"PM-22 d"
	],
	"CCI-004420": [
		"PM-23"
	],
	"CCI-004421": [
		"PM-23"
	],
	"CCI-004422": [
		"PM-23"
	],
	"CCI-004423": [
		"PM-24 a"
	],
	"CCI-004424": [
		"PM-24 b"
	],
	"CCI-004425": [
		"PM-25 a"
	],
	"CCI-004426": [
		"PM-25 a"
	],
	"CCI-004427": [
		"PM-25 a"
	],
	"CCI-004428": [
		"PM-25 a"
	],
	"CCI-004429": [
		"PM-25 b"
	],
	"CCI-004430": [
		"PM-25 c"
	],
	"CCI-004431": [
		"PM-25 d"
	],
	"CCI-004432": [
		"PM-25 d"
	],
	"CCI-004433": [
		"PM-25 d"
	],
	"CCI-004434": [
		"PM-25 d"
	],
	"CCI-004435": [
		"PM-26"
	],
	"CCI-004436": [
		"PM-26"
	],
	"CCI-004437": [
		"PM-26 a"
	],
	"CCI-004438": [
		"PM-26 a"
	],
	"CCI-004439": [
		"PM-26 b"
	],
	"CCI-004440": [
		"PM-26 c"
	],
	"CCI-004441": [
		"PM-26 c"
	],
	"CCI-004442": [
		"PM-26 d"
	],
	"CCI-004443": [
		"PM-26 d"
	],
	"CCI-004444": [
		"PM-26 e"
	],
	"CCI-004445": [
		"PM-26 e"
	],
	"CCI-004446": [
		"PM-27"
	],
	"CCI-004447": [
		"PM-27"
	],
	"CCI-004448": [
		"PM-27 a 1"
	],
	"CCI-004449": [
		"PM-27 a 2"
	],
	"CCI-004450": [
		"PM-27 a 2"
	],
	"CCI-004451": [
		"PM-27 a 2"
	],
	"CCI-004452": [
		"PM-27 b"
	],
	"CCI-004453": [
		"PM-27 b"
	],
	"CCI-004454": [
		"PM-28 a 1"
	],
	"CCI-004455": [
		"PM-28 a 2"
	],
	"CCI-004456": [
		"PM-28 a 3"
	],
	"CCI-004457": [
		"PM-28 a 4"
	],
	"CCI-004458": [
		"PM-28 b"
	],
	"CCI-004459": [
		"PM-28 b"
	],
	"CCI-004460": [
		"PM-28 c"
	],
	"CCI-004461": [
		"PM-28 c"
	],
	"CCI-004462": [
		"PM-29 a"
	],
	"CCI-004463": [
		"PM-29 a"
	],
	"CCI-004464": [
		"PM-29 b"
	],
	"CCI-004465": [
		"PM-29 b"
	],
	"CCI-004466": [
		"PM-30 a"
	],
	"CCI-004467": [
		"PM-30 a"
	],
	"CCI-004468": [
		"PM-30 a"
	],
	"CCI-004469": [
		"PM-30 a"
	],
	"CCI-004470": [
		"PM-30 b"
	],
	"CCI-004471": [
		"PM-30 c"
	],
	"CCI-004472": [
		"PM-30 c"
	],
	"CCI-004473": [
		"PM-31 a"
	],
	"CCI-004474": [
		"PM-31 a"
	],
	"CCI-004475": [
		"PM-31 a"
	],
	"CCI-004476": [
		"PM-31 b"
	],
	"CCI-004477": [
		"PM-31 b"
	],
	"CCI-004478": [
		"PM-31 b"
	],
	"CCI-004479": [
		"PM-31 b"
	],
	"CCI-004480": [
		"PM-31 b"
	],
	"CCI-004481": [
		"PM-31 b"
	],
	"CCI-004482": [
		"PM-31 c"
	],
	"CCI-004483": [
		"PM-31 c"
	],
	"CCI-004484": [
		"PM-31 d"
	],
	"CCI-004485": [
		"PM-31 d"
	],
	"CCI-004486": [
		"PM-31 e"
	],
	"CCI-004487": [
		"PM-31 e"
	],
	"CCI-004488": [
		"PM-31 f"
	],
	"CCI-004489": [
		"PM-31 f"
	],
	"CCI-004490": [
		"PM-31 f"
	],
	"CCI-004491": [
		"PM-31 f"
	],
	"CCI-004492": [
		"PM-31 f"
	],
	"CCI-004493": [
		"PM-31 f"
	],
	"CCI-004494": [
		"PM-31 f"
	],
	"CCI-004495": [
		"PM-31 f"
	],
	"CCI-004496": [
		"PM-32"
	],
	"CCI-004497": [
		"PM-32"
	],
	"CCI-004498": [
		"PS-1 a 1 (b)"
	],
	"CCI-004499": [
		"PS-1 b"
	],
	"CCI-004500": [
		"PS-1 b"
	],
	"CCI-004501": [
		"PS-1 b"
	],
	"CCI-004502": [
		"PS-1 b"
	],
	"CCI-004503": [
		"PS-1 b"
	],
	"CCI-004504": [
		"PS-1 b"
	],
	"CCI-004505": [
		"PS-1 c 1"
	],
	"CCI-004506": [
		"PS-1 c 1"
	],
	"CCI-004507": [
		"PS-1 c 2"
	],
	"CCI-004508": [
		"PS-1 c 2"
	],
	"CCI-004509": [
		"PS-3 (4)"
	],
	"CCI-004510": [
		"PS-3 (4)"
	],
	"CCI-004511": [
		"PS-3 (4)"
	],
	"CCI-004512": [
		"PS-4 (2)"
	],
	"CCI-004513": [
		"PS-6 c 1"
	],
	"CCI-004514": [
		"PS-6 c 1"
	],
	"CCI-004515": [
		"PS-6 c 2"
	],
	"CCI-004516": [
		"PS-6 c 2"
	],
	"CCI-004517": [
		"PS-6 c 2"
	],
	"CCI-004518": [
		"PS-6 c 2"
	],
	"CCI-004519": [
		"PS-7 b"
	],
	"CCI-004520": [
		"PS-7 b"
	],
	"CCI-004521": [
		"PS-8 a"
	],
	"CCI-004522": [
		"PS-8 a"
	],
	"CCI-004523": [
		"PS-9"
	],
	"CCI-004524": [
		"PS-9"
	],
	"CCI-004525": [
		"PT-1 a 1 (a)"
	],
	"CCI-004526": [
		"PT-1 a"
	],
	"CCI-004527": [
		"PT-1 a"
	],
	"CCI-004528": [
		"PT-1 a 1 (b)"
	],
	"CCI-004529": [
		"PT-1 a 2"
	],
	"CCI-004530": [
		"PT-1 b"
	],
	"CCI-004531": [
		"PT-1 b"
	],
	"CCI-004532": [
		"PT-1 b"
	],
	"CCI-004533": [
		"PT-1 c 1"
	],
	"CCI-004534": [
		"PT-1 c 1"
	],
	"CCI-004535": [
		"PT-1 c 1"
	],
	"CCI-004536": [
		"PT-1 c 2"
	],
	"CCI-004537": [
		"PT-1 c 2"
	],
	"CCI-004538": [
		"PT-1 c 2"
	],
	"CCI-004539": [
		"PT-2 a"
	],
	"CCI-004540": [
		"PT-2 a"
	],
	"CCI-004541": [
		"PT-2 a"
	],
	"CCI-004542": [
		"PT-2 b"
	],
	"CCI-004543": [
		"PT-2 b"
	],
	"CCI-004544": [
		"PT-2 (1)"
	],
	"CCI-004545": [
		"PT-2 (1)"
	],
	"CCI-004546": [
		"PT-2 (1)"
	],
	"CCI-004547": [
		"PT-2 (2)"
	],
	"CCI-004548": [
		"PT-2 (2)"
	],
	"CCI-004549": [
		"PT-3 a"
	],
	"CCI-004550": [
		"PT-3 a"
	],
	"CCI-004551": [
		"PT-3 b"
	],
	"CCI-004552": [
		"PT-3 c"
	],
	"CCI-004553": [
		"PT-3 c"
	],
	"CCI-004554": [
		"PT-3 d"
	],
	"CCI-004555": [
		"PT-3 d"
	],
	"CCI-004556": [
		"PT-3 d"
	],
	"CCI-004557": [
		"PT-3 d"
	],
	"CCI-004558": [
		"PT-3 (1)"
	],
	"CCI-004559": [
		"PT-3 (1)"
	],
	"CCI-004560": [
		"PT-3 (2)"
	],
	"CCI-004561": [
		"PT-4"
	],
	"CCI-004562": [
		"PT-4"
	],
	"CCI-004563": [
		"PT-4 (1)"
	],
	"CCI-004564": [
		"PT-4 (1)"
	],
	"CCI-004565": [
		"PT-4 (2)"
	],
	"CCI-004566": [
		"PT-4 (2)"
	],
	"CCI-004567": [
		"PT-4 (2)"
	],
	"CCI-004568": [
		"PT-4 (2)"
	],
	"CCI-004569": [
		"PT-4 (3)"
	],
	"CCI-004570": [
		"PT-4 (3)"
	],
	"CCI-004571": [
		"PT-5 a"
	],
	"CCI-004572": [
		"PT-5 a"
	],
	"CCI-004573": [
		"PT-5 b"
	],
	"CCI-004574": [
		"PT-5 c"
	],
	"CCI-004575": [
		"PT-5 d"
	],
	"CCI-004576": [
		"PT-5 e"
	],
	"CCI-004577": [
		"PT-5 e"
	],
	"CCI-004578": [
		"PT-5 (1)"
	],
	"CCI-004579": [
		"PT-5 (1)"
	],
	"CCI-004580": [
		"PT-5 (2)"
	],
	"CCI-004581": [
		"PT-6 a"
	],
	"CCI-004582": [
		"PT-6 a"
	],
	"CCI-004583": [
		"PT-6 b"
	],
	"CCI-004584": [
		"PT-6 c"
	],
	"CCI-004585": [
		"PT-6 (1)"
	],
	"CCI-004586": [
		"PT-6 (1)"
	],
	"CCI-004587": [
		"PT-6 (1)"
	],
	"CCI-004588": [
		"PT-6 (2)"
	],
	"CCI-004589": [
		"PT-6 (2)"
	],
	"CCI-004590": [
		"PT-6 (2)"
	],
	"CCI-004591": [
		"PT-6 (2)"
	],
	"CCI-004592": [
		"PT-7"
	],
	"CCI-004593": [
		"PT-7"
	],
	"CCI-004594": [
		"PT-7 (1) (a)"
	],
	"CCI-004595": [
		"PT-7 (1) (b)"
	],
	"CCI-004596": [
		"PT-7 (1) (c)"
	],
	"CCI-004597": [
		"PT-7 (2)"
	],
	"CCI-004598": [
		"PT-8 a"
	],
	"CCI-004599": [
		"PT-8 b"
	],
	"CCI-004600": [
		"PT-8 c"
	],
	"CCI-004601": [
		"PT-8 d"
	],
	"CCI-004602": [
		"PT-8 e"
	],
	"CCI-004603": [
		"RA-1 a 1 (b)"
	],
	"CCI-004604": [
		"RA-1 a 1 (b)"
	],
	"CCI-004605": [
		"RA-1 b"
	],
	"CCI-004606": [
		"RA-1 b"
	],
	"CCI-004607": [
		"RA-1 b"
	],
	"CCI-004608": [
		"RA-1 b"
	],
	"CCI-004609": [
		"RA-1 b"
	],
	"CCI-004610": [
		"RA-1 c 1"
	],
	"CCI-004611": [
		"RA-1 c 1"
	],
	"CCI-004612": [
		"RA-1 c 2"
	],
	"CCI-004613": [
		"RA-1 c 2"
	],
	"CCI-004614": [
		"RA-2 a"
	],
	"CCI-004615": [
		"RA-2 a"
	],
	"CCI-004616": [
		"RA-2 a"
	],
	"CCI-004617": [
		"RA-2 (1)"
	],
	"CCI-004618": [
		"RA-3 a 1"
	],
	"CCI-004619": [
		"RA-3 a 1"
	],
	"CCI-004620": [
		"RA-3 a 3"
	],
	"CCI-004621": [
		"RA-3 b"
	],
	"CCI-004622": [
		"RA-3 b"
	],
	"CCI-004623": [
		"RA-3 b"
	],
	"CCI-004624": [
		"RA-3 (1) (a)"
	],
	"CCI-004625": [
		"RA-3 (1) (a)"
	],
	"CCI-004626": [
		"RA-3 (1) (b)"
	],
	"CCI-004627": [
		"RA-3 (1) (b)"
	],
	"CCI-004628": [
		"RA-3 (2)"
	],
	"CCI-004629": [
		"RA-3 (3)"
	],
	"CCI-004630": [
		"RA-3 (3)"
	],
	"CCI-004631": [
		"RA-3 (4)"
	],
	"CCI-004632": [
		"RA-3 (4)"
	],
	"CCI-004633": [
		"RA-3 (4)"
	],
	"CCI-004634": [
		"RA-5 b 2"
	],
	"CCI-004635": [
		"RA-5 b 3"
	],
	"CCI-004636": [
		"RA-5 f"
	],
	"CCI-004637": [
		"RA-5 (6)"
	],
	"CCI-004638": [
		"RA-5 (8)"
	],
	"CCI-004639": [
		"RA-5 (8)"
	],
	"CCI-004640": [
		"RA-5 (11)"
	],
	"CCI-004641": [
		"RA-7"
	],
	"CCI-004642": [
		"RA-7"
	],
	"CCI-004643": [
		"RA-7"
	],
	"CCI-004644": [
		"RA-7"
	],
	"CCI-004645": [
		"RA-8 a"
	],
	"CCI-004646": [
		"RA-8 b 1"
	],
	"CCI-004647": [
		"RA-8 b 2"
	],
	"CCI-004648": [
		"RA-9"
	],
	"CCI-004649": [
		"RA-9"
	],
	"CCI-004650": [
		"RA-9"
	],
	"CCI-004651": [
		"RA-10 a 1"
	],
	"CCI-004652": [
		"RA-10 a 2"
	],
	"CCI-004653": [
		"RA-10 b"
	],
	"CCI-004654": [
		"RA-10 b"
	],
	"CCI-004655": [
		"SA-1 a 1 (b)"
	],
	"CCI-004656": [
		"SA-1 b"
	],
	"CCI-004657": [
		"SA-1 b"
	],
	"CCI-004658": [
		"SA-1 b"
	],
	"CCI-004659": [
		"SA-1 b"
	],
	"CCI-004660": [
		"SA-1 b"
	],
	"CCI-004661": [
		"SA-1 b"
	],
	"CCI-004662": [
		"SA-1 c 1"
	],
	"CCI-004663": [
		"SA-1 c 1"
	],
	"CCI-004664": [
		"SA-1 c 2"
	],
	"CCI-004665": [
		"SA-1 c 2"
	],
	"CCI-004666": [
		"SA-2 a"
	],
	"CCI-004667": [
		"SA-2 c"
	],
	"CCI-004668": [
		"SA-2 c"
	],
	"CCI-004669": [
		"SA-3 a"
	],
	"CCI-004670": [
		"SA-3 a"
	],
	"CCI-004671": [
		"SA-3 a"
	],
	"CCI-004672": [
		"SA-3 a"
	],
	"CCI-004673": [
		"SA-3 a"
	],
	"CCI-004674": [
		"SA-3 a"
	],
	"CCI-004675": [
		"SA-3 a"
	],
	"CCI-004676": [
		"SA-3 b"
	],
	"CCI-004677": [
		"SA-3 c"
	],
	"CCI-004678": [
		"SA-3 d"
	],
	"CCI-004679": [
		"SA-3 (1)"
	],
	"CCI-004680": [
		"SA-3 (2) (a)"
	],
	"CCI-004681": [
		"SA-3 (2) (a)"
	],
	"CCI-004682": [
		"SA-3 (2) (a)"
	],
	"CCI-004683": [
		"SA-3 (2) (b)"
	],
	"CCI-004684": [
		"SA-3 (3)"
	],
	"CCI-004685": [
		"SA-3 (3)"
	],
	"CCI-004686": [
		"SA-4"
	],
	"CCI-004687": [
		"SA-4 a"
	],
	"CCI-004688": [
		"SA-4 c"
	],
	"CCI-004689": [
		"SA-4 d"
	],
	"CCI-004690": [
		"SA-4 d"
	],
	"CCI-004691": [
		"SA-4 e"
	],
	"CCI-004692": [
		"SA-4 f"
	],
	"CCI-004693": [
		"SA-4 f"
	],
	"CCI-004694": [
		"SA-4 h"
	],
	"CCI-004695": [
		"SA-4 h"
	],
	"CCI-004696": [
		"SA-4 h"
	],
	"CCI-004697": [
		"SA-4 (3) (a)"
	],
	"CCI-004698": [
		"SA-4 (3) (a)"
	],
	"CCI-004699": [
		"SA-4 (3) (b)"
	],
	"CCI-004700": [
		"SA-4 (3) (b)"
	],
	"CCI-004701": [
		"SA-4 (3) (c)"
	],
	"CCI-004702": [
		"SA-4 (3) (c)"
	],
	"CCI-004703": [
		"SA-4 (11)"
	],
	"CCI-004704": [
		"SA-4 (11)"
	],
	"CCI-004705": [
		"SA-4 (12) (a)"
	],
	"CCI-004706": [
		"SA-4 (12) (b)"
	],
	"CCI-004707": [
		"SA-4 (12) (b)"
	],
	"CCI-004708": [
		"SA-5 a 2"
	],
	"CCI-004709": [
		"SA-5 b 1"
	],
	"CCI-004710": [
		"SA-5 b 2"
	],
	"CCI-004711": [
		"SA-5 b 3"
	],
	"CCI-004712": [
		"SA-8"
	],
	"CCI-004713": [
		"SA-8"
	],
	"CCI-004714": [
		"SA-8"
	],
	"CCI-004715": [
		"SA-8"
	],
	"CCI-004716": [
		"SA-8"
	],
	"CCI-004717": [
		"SA-8 (1)"
	],
	"CCI-004718": [
		"SA-8 (2)"
	],
	"CCI-004719": [
		"SA-8 (2)"
	],
	"CCI-004720": [
		"SA-8 (3)"
	],
	"CCI-004721": [
		"SA-8 (3)"
	],
	"CCI-004722": [
		"SA-8 (4)"
	],
	"CCI-004723": [
		"SA-8 (4)"
	],
	"CCI-004724": [
		"SA-8 (5)"
	],
	"CCI-004725": [
		"SA-8 (5)"
	],
	"CCI-004726": [
		"SA-8 (6)"
	],
	"CCI-004727": [
		"SA-8 (6)"
	],
	"CCI-004728": [
		"SA-8 (7)"
	],
	"CCI-004729": [
		"SA-8 (7)"
	],
	"CCI-004730": [
		"SA-8 (8)"
	],
	"CCI-004731": [
		"SA-8 (8)"
	],
	"CCI-004732": [
		"SA-8 (9)"
	],
	"CCI-004733": [
		"SA-8 (9)"
	],
	"CCI-004734": [
		"SA-8 (10)"
	],
	"CCI-004735": [
		"SA-8 (10)"
	],
	"CCI-004736": [
		"SA-8 (11)"
	],
	"CCI-004737": [
		"SA-8 (11)"
	],
	"CCI-004738": [
		"SA-8 (12)"
	],
	"CCI-004739": [
		"SA-8 (12)"
	],
	"CCI-004740": [
		"SA-8 (13)"
	],
	"CCI-004741": [
		"SA-8 (13)"
	],
	"CCI-004742": [
		"SA-8 (14)"
	],
	"CCI-004743": [
		"SA-8 (14)"
	],
	"CCI-004744": [
		"SA-8 (15)"
	],
	"CCI-004745": [
		"SA-8 (15)"
	],
	"CCI-004746": [
		"SA-8 (16)"
	],
	"CCI-004747": [
		"SA-8 (16)"
	],
	"CCI-004748": [
		"SA-8 (17)"
	],
	"CCI-004749": [
		"SA-8 (17)"
	],
	"CCI-004750": [
		"SA-8 (18)"
	],
	"CCI-004751": [
		"SA-8 (18)"
	],
	"CCI-004752": [
		"SA-8 (19)"
	],
	"CCI-004753": [
		"SA-8 (19)"
	],
	"CCI-004754": [
		"SA-8 (20)"
	],
	"CCI-004755": [
		"SA-8 (20)"
	],
	"CCI-004756": [
		"SA-8 (21)"
	],
	"CCI-004757": [
		"SA-8 (21)"
	],
	"CCI-004758": [
		"SA-8 (22)"
	],
	"CCI-004759": [
		"SA-8 (22)"
	],
	"CCI-004760": [
		"SA-8 (23)"
	],
	"CCI-004761": [
		"SA-8 (23)"
	],
	"CCI-004762": [
		"SA-8 (24)"
	],
	"CCI-004763": [
		"SA-8 (24)"
	],
	"CCI-004764": [
		"SA-8 (25)"
	],
	"CCI-004765": [
		"SA-8 (25)"
	],
	"CCI-004766": [
		"SA-8 (26)"
	],
	"CCI-004767": [
		"SA-8 (26)"
	],
	"CCI-004768": [
		"SA-8 (27)"
	],
	"CCI-004769": [
		"SA-8 (27)"
	],
	"CCI-004770": [
		"SA-8 (28)"
	],
	"CCI-004771": [
		"SA-8 (28)"
	],
	"CCI-004772": [
		"SA-8 (29)"
	],
	"CCI-004773": [
		"SA-8 (29)"
	],
	"CCI-004774": [
		"SA-8 (30)"
	],
	"CCI-004775": [
		"SA-8 (30)"
	],
	"CCI-004776": [
		"SA-8 (31)"
	],
	"CCI-004777": [
		"SA-8 (31)"
	],
	"CCI-004778": [
		"SA-8 (32)"
	],
	"CCI-004779": [
		"SA-8 (32)"
	],
	"CCI-004780": [
		"SA-8 (33)"
	],
	"CCI-004781": [
		"SA-8 (33)"
	],
	"CCI-004782": [
		"SA-9 a"
	],
	"CCI-004783": [
		"SA-9 a"
	],
	"CCI-004784": [
		"SA-9 a"
	],
	"CCI-004785": [
		"SA-9 b"
	],
	"CCI-004786": [
		"SA-9 b"
	],
	"CCI-004787": [
		"SA-9 (3)"
	],
	"CCI-004788": [
		"SA-9 (3)"
	],
	"CCI-004789": [
		"SA-9 (3)"
	],
	"CCI-004790": [
		"SA-9 (3)"
	],
	"CCI-004791": [
		"SA-9 (6)"
	],
	"CCI-004792": [
		"SA-9 (7)"
	],
	"CCI-004793": [
		"SA-9 (8)"
	],
	"CCI-004794": [
		"SA-10 d"
	],
	"CCI-004795": [
		"SA-10 (7)"
	],
	"CCI-004796": [
		"SA-10 (7)"
	],
	"CCI-004797": [
		"SA-10 (7)"
	],
	"CCI-004798": [
		"SA-11 a"
	],
	"CCI-004799": [
		"SA-11 a"
	],
	"CCI-004800": [
		"SA-11 b"
	],
	"CCI-004801": [
		"SA-11 (2) (a)"
	],
	"CCI-004802": [
		"SA-11 (2) (a)"
	],
	"CCI-004803": [
		"SA-11 (2) (b)"
	],
	"CCI-004804": [
		"SA-11 (2) (b)"
	],
	"CCI-004805": [
		"SA-11 (2) (c)"
	],
	"CCI-004806": [
		"SA-11 (2) (c)"
	],
	"CCI-004807": [
		"SA-11 (2) (d)"
	],
	"CCI-004808": [
		"SA-11 (2) (d)"
	],
	"CCI-004809": [
		"SA-11 (3) (a)"
	],
	"CCI-004810": [
		"SA-11 (3) (a)"
	],
	"CCI-004811": [
		"SA-11 (3) (a)"
	],
	"CCI-004812": [
		"SA-11 (5) (a)"
	],
	"CCI-004813": [
		"SA-11 (5) (b)"
	],
	"CCI-004814": [
		"SA-11 (9)"
	],
	"CCI-004815": [
		"SA-11 (9)"
	],
	"CCI-004816": [
		"SA-15 a 1"
	],
	"CCI-004817": [
		"SA-15 b"
	],
	"CCI-004818": [
		"SA-15 b"
	],
	"CCI-004819": [
		"SA-15 b"
	],
	"CCI-004820": [
		"SA-15 b"
	],
	"CCI-004821": [
		"SA-15 b"
	],
	"CCI-004822": [
		"SA-15 b"
	],
	"CCI-004823": [
		"SA-15 (2)"
	],
	"CCI-004824": [
		"SA-15 (2)"
	],
	"CCI-004825": [
		"SA-15 (3) (a)"
	],
	"CCI-004826": [
		"SA-15 (3) (b)"
	],
	"CCI-004827": [
		"SA-15 (7) (a)"
	],
	"CCI-004828": [
		"SA-15 (7) (b)"
	],
	"CCI-004829": [
		"SA-15 (7) (c)"
	],
	"CCI-004830": [
		"SA-15 (7) (d)"
	],
	"CCI-004831": [
		"SA-15 (10)"
	],
	"CCI-004832": [
		"SA-15 (10)"
	],
	"CCI-004833": [
		"SA-15 (11)"
	],
	"CCI-004834": [
		"SA-15 (12)"
	],
	"CCI-004835": [
		"SA-16"
	],
	"CCI-004836": [
		"SA-16"
	],
	"CCI-004837": [
		"SA-17"
	],
	"CCI-004838": [
		"SA-17 a"
	],
	"CCI-004839": [
		"SA-17 b"
	],
	"CCI-004840": [
		"SA-17 b"
	],
	"CCI-004841": [
		"SA-17 c"
	],
	"CCI-004842": [
		"SA-17 (1) (a)"
	],
	"CCI-004843": [
		"SA-17 (1) (a)"
	],
	"CCI-004844": [
		"SA-17 (1) (b)"
	],
	"CCI-004845": [
		"SA-17 (8)"
	],
	"CCI-004846": [
		"SA-17 (8)"
	],
	"CCI-004847": [
		"SA-17 (8)"
	],
	"CCI-004848": [
		"SA-17 (9)"
	],
	"CCI-004849": [
		"SA-17 (9)"
	],
	"CCI-004850": [
		"SA-23"
	],
	"CCI-004851": [
		"SA-23"
	],
	"CCI-004852": [
		"SC-1 a 1 (a)"
	],
	"CCI-004853": [
		"SC-1 a 1 (b)"
	],
	"CCI-004854": [
		"SC-1 a 2"
	],
	"CCI-004855": [
		"SC-1 b"
	],
	"CCI-004856": [
		"SC-1 b"
	],
	"CCI-004857": [
		"SC-1 b"
	],
	"CCI-004858": [
		"SC-1 b"
	],
	"CCI-004859": [
		"SC-1 b"
	],
	"CCI-004860": [
		"SC-1 b"
	],
	"CCI-004861": [
		"SC-1 c 1"
	],
	"CCI-004862": [
		"SC-1 c 1"
	],
	"CCI-004863": [
		"SC-1 c 2"
	],
	"CCI-004864": [
		"SC-1 c 2"
	],
	"CCI-004865": [
		"SC-2 (2)"
	],
	"CCI-004866": [
		"SC-5 b"
	],
	"CCI-004867": [
		"SC-5 b"
	],
	"CCI-004868": [
		"SC-7 c"
	],
	"CCI-004869": [
		"SC-7 (4) (f)"
	],
	"CCI-004870": [
		"SC-7 (4) (g)"
	],
	"CCI-004871": [
		"SC-7 (4) (h)"
	],
	"CCI-004872": [
		"SC-7 (5)"
	],
	"CCI-004873": [
		"SC-7 (7)"
	],
	"CCI-004874": [
		"SC-7 (10) (b)"
	],
	"CCI-004875": [
		"SC-7 (10) (b)"
	],
	"CCI-004876": [
		"SC-7 (24) (a)"
	],
	"CCI-004877": [
		"SC-7 (24) (a)"
	],
	"CCI-004878": [
		"SC-7 (24) (b)"
	],
	"CCI-004879": [
		"SC-7 (24) (c)"
	],
	"CCI-004880": [
		"SC-7 (24) (d)"
	],
	"CCI-004881": [
		"SC-7 (25)"
	],
	"CCI-004882": [
		"SC-7 (25)"
	],
	"CCI-004883": [
		"SC-7 (25)"
	],
	"CCI-004884": [
		"SC-7 (26)"
	],
	"CCI-004885": [
		"SC-7 (26)"
	],
	"CCI-004886": [
		"SC-7 (27)"
	],
	"CCI-004887": [
		"SC-7 (27)"
	],
	"CCI-004888": [
		"SC-7 (27)"
	],
	"CCI-004889": [
		"SC-7 (28)"
	],
	"CCI-004890": [
		"SC-7 (28)"
	],
	"CCI-004891": [
		"SC-7 (29)"
	],
	"CCI-004892": [
		"SC-7 (29)"
	],
	"CCI-004893": [
		"SC-8 (5)"
	],
	"CCI-004894": [
		"SC-8 (5)"
	],
	"CCI-004895": [
		"SC-11 b"
	],
	"CCI-004896": [
		"SC-11 (1) (b)"
	],
	"CCI-004897": [
		"SC-11 (1) (b)"
	],
	"CCI-004898": [
		"SC-12 (3)"
	],
	"CCI-004899": [
		"SC-12 (6)"
	],
	"CCI-004900": [
		"SC-13 a"
	],
	"CCI-004901": [
		"SC-16"
	],
	"CCI-004902": [
		"SC-16"
	],
	"CCI-004903": [
		"SC-16"
	],
	"CCI-004904": [
		"SC-16 (1)"
	],
	"CCI-004905": [
		"SC-16 (2)"
	],
	"CCI-004906": [
		"SC-16 (3)"
	],
	"CCI-004907": [
		"SC-16 (3)"
	],
	"CCI-004908": [
		"SC-16 (3)"
	],
	"CCI-004909": [
		"SC-17 b"
	],
	"CCI-004910": [
		"SC-28 (3)"
	],
	"CCI-004911": [
		"SC-28 (3)"
	],
	"CCI-004912": [
		"SC-32 (1)"
	],
	"CCI-004913": [
		"SC-36 (1) (b)"
	],
	"CCI-004914": [
		"SC-36 (1) (b)"
	],
	"CCI-004915": [
		"SC-36 (2)"
	],
	"CCI-004916": [
		"SC-36 (2)"
	],
	"CCI-004917": [
		"SC-42 (4)"
	],
	"CCI-004918": [
		"SC-42 (4)"
	],
	"CCI-004919": [
		"SC-42 (4)"
	],
	"CCI-004920": [
		"SC-42 (5)"
	],
	"CCI-004921": [
		"SC-42 (5)"
	],
	"CCI-004922": [
		"SC-45"
	],
	"CCI-004923": [
		"SC-45 (1) (a)"
	],
	"CCI-004924": [
		"SC-45 (1) (a)"
	],
	"CCI-004925": [
		"SC-45 (1) (a)"
	],
	"CCI-004926": [
		"SC-45 (1) (b)"
	],
	"CCI-004927": [
		"SC-45 (1) (b)"
	],
	"CCI-004928": [
		"SC-45 (2) (a)"
	],
	"CCI-004929": [
		"SC-45 (2) (b)"
	],
	"CCI-004930": [
		"SC-46"
	],
	"CCI-004931": [
		"SC-47"
	],
	"CCI-004932": [
		"SC-48"
	],
	"CCI-004933": [
		"SC-48"
	],
	"CCI-004934": [
		"SC-48"
	],
	"CCI-004935": [
		"SC-48"
	],
	"CCI-004936": [
		"SC-48 (1)"
	],
	"CCI-004937": [
		"SC-48 (1)"
	],
	"CCI-004938": [
		"SC-48 (1)"
	],
	"CCI-004939": [
		"SC-48 (1)"
	],
	"CCI-004940": [
		"SC-49"
	],
	"CCI-004941": [
		"SC-49"
	],
	"CCI-004942": [
		"SC-50"
	],
	"CCI-004943": [
		"SC-50"
	],
	"CCI-004944": [
		"SI-1 a 1 (b)"
	],
	"CCI-004945": [
		"SI-1 b"
	],
	"CCI-004946": [
		"SI-1 b"
	],
	"CCI-004947": [
		"SI-1 b"
	],
	"CCI-004948": [
		"SI-1 b"
	],
	"CCI-004949": [
		"SI-1 b"
	],
	"CCI-004950": [
		"SI-1 b"
	],
	"CCI-004951": [
		"SI-1 c 1"
	],
	"CCI-004952": [
		"SI-1 c 1"
	],
	"CCI-004953": [
		"SI-1 c 2"
	],
	"CCI-004954": [
		"SI-1 c 2"
	],
	"CCI-004955": [
		"SI-2 (2)"
	],
	"CCI-004956": [
		"SI-2 (2)"
	],
	"CCI-004957": [
		"SI-2 (2)"
	],
	"CCI-004958": [
		"SI-2 (2)"
	],
	"CCI-004959": [
		"SI-2 (2)"
	],
	"CCI-004960": [
		"SI-2 (2)"
	],
	"CCI-004961": [
		"SI-2 (4)"
	],
	"CCI-004962": [
		"SI-2 (4)"
	],
	"CCI-004963": [
		"SI-3 a"
	],
	"CCI-004964": [
		"SI-3 b"
	],
	"CCI-004965": [
		"SI-3 b"
	],
	"CCI-004966": [
		"SI-3 c 2"
	],
	"CCI-004967": [
		"SI-4 d"
	],
	"CCI-004968": [
		"SI-4 (2)"
	],
	"CCI-004969": [
		"SI-4 (3)"
	],
	"CCI-004970": [
		"SI-4 (3)"
	],
	"CCI-004971": [
		"SI-4 (4) (a)"
	],
	"CCI-004972": [
		"SI-4 (4) (a)"
	],
	"CCI-004973": [
		"SI-4 (4) (b)"
	],
	"CCI-004974": [
		"SI-4 (4) (b)"
	],
	"CCI-004975": [
		"SI-4 (9)"
	],
	"CCI-004976": [
		"SI-4 (9)"
	],
	"CCI-004977": [
		"SI-4 (10)"
	],
	"CCI-004978": [
		"SI-4 (10)"
	],
	"CCI-004979": [
		"SI-4 (10)"
	],
	"CCI-004980": [
		"SI-4 (12)"
	],
	"CCI-004981": [
		"SI-4 (16)"
	],
	"CCI-004982": [
		"SI-4 (25)"
	],
	"CCI-004983": [
		"SI-5 (1)"
	],
	"CCI-004984": [
		"SI-6 a"
	],
	"CCI-004985": [
		"SI-6 a"
	],
	"CCI-004986": [
		"SI-6 b"
	],
	"CCI-004987": [
		"SI-6 b"
	],
	"CCI-004988": [
		"SI-6 b"
	],
	"CCI-004989": [
		"SI-6 c"
	],
	"CCI-004990": [
		"SI-6 c"
	],
	"CCI-004991": [
		"SI-6 d"
	],
	"CCI-004992": [
		"SI-6 d"
	],
	"CCI-004993": [
		"SI-6 (2)"
	],
	"CCI-004994": [
		"SI-6 (3)"
	],
	"CCI-004995": [
		"SI-6 (3)"
	],
	"CCI-004996": [
		"SI-7 b"
	],
	"CCI-004997": [
		"SI-7 b"
	],
	"CCI-004998": [
		"SI-7 (17)"
	],
	"CCI-004999": [
		"SI-7 (17)"
	],
	"CCI-005000": [
		"SI-8 b"
	],
	"CCI-005001": [
		"SI-8 b"
	],
	"CCI-005002": [
		"SI-8 (2)"
	],
	"CCI-005003": [
		"SI-10 (6)"
	],
	"CCI-005004": [
		"SI-12 (1)"
	],
	"CCI-005005": [
		"SI-12 (1)"
	],
	"CCI-005006": [
		"SI-12 (2)"
	],
	"CCI-005007": [
		"SI-12 (2)"
	],
	"CCI-005008": [
		"SI-12 (3)"
	],
	"CCI-005009": [
		"SI-13 (3)"
	],
	"CCI-005010": [
		"SI-13 (4) (b)"
	],
	"CCI-005011": [
		"SI-14 (2) (a)"
	],
	"CCI-005012": [
		"SI-14 (2) (a)"
	],
	"CCI-005013": [
		"SI-14 (2) (a)"
	],
	"CCI-005014": [
		"SI-14 (2) (a)"
	],
	"CCI-005015": [
		"SI-14 (2) (b)"
	],
	"CCI-005016": [
		"SI-14 (3)"
	],
	"CCI-005017": [
		"SI-14 (3)"
	],
	"CCI-005018": [
		"SI-18 a"
	],
	"CCI-005019": [
		"SI-18 a"
	],
	"CCI-005020": [
		"SI-18 b 1"
	],
	"CCI-005021": [
		"SI-18 (1)"
	],
	"CCI-005022": [
		"SI-18 (1)"
	],
	"CCI-005023": [
		"SI-18 (2)"
	],
	"CCI-005024": [
		"SI-18 (3)"
	],
	"CCI-005025": [
		"SI-18 (4)"
	],
	"CCI-005026": [
		"SI-18 (5)"
	],
	"CCI-005027": [
		"SI-18 (5)"
	],
	"CCI-005028": [
		"SI-18 (5)"
	],
	"CCI-005029": [
		"SI-19 a"
	],
	"CCI-005030": [
		"SI-19 a"
	],
	"CCI-005031": [
		"SI-19 b"
	],
	"CCI-005032": [
		"SI-19 b"
	],
	"CCI-005033": [
		"SI-19 (1)"
	],
	"CCI-005034": [
		"SI-19 (2)"
	],
	"CCI-005035": [
		"SI-19 (3)"
	],
	"CCI-005036": [
		"SI-19 (4)"
	],
	"CCI-005037": [
		"SI-19 (5)"
	],
	"CCI-005038": [
		"SI-19 (6)"
	],
	"CCI-005039": [
		"SI-19 (7)"
	],
	"CCI-005040": [
		"SI-19 (8)"
	],
	"CCI-005041": [
		"SI-20"
	],
	"CCI-005042": [
		"SI-20"
	],
	"CCI-005043": [
		"SI-21"
	],
	"CCI-005044": [
		"SI-21"
	],
	"CCI-005045": [
		"SI-21"
	],
	"CCI-005046": [
		"SI-22 a"
	],
	"CCI-005047": [
		"SI-22 a"
	],
	"CCI-005048": [
		"SI-22 b"
	],
	"CCI-005049": [
		"SI-22 b"
	],
	"CCI-005050": [
		"SI-23 a"
	],
	"CCI-005051": [
		"SI-23 a"
	],
	"CCI-005052": [
		"SI-23 a"
	],
	"CCI-005053": [
		"SI-23 b"
	],
	"CCI-005054": [
		"SI-23 b"
	],
	"CCI-005055": [
		"SI-23 b"
	],
	"CCI-005056": [
		"SR-1 a 1"
	],
	"CCI-005057": [
		"SR-1 a 1 (a)"
	],
	"CCI-005058": [
		"SR-1 a 1 (b)"
	],
	"CCI-005059": [
		"SR-1 a 2"
	],
	"CCI-005060": [
		"SR-1 b"
	],
	"CCI-005061": [
		"SR-1 b"
	],
	"CCI-005062": [
		"SR-1 b"
	],
	"CCI-005063": [
		"SR-1 b"
	],
	"CCI-005064": [
		"SR-1 c 1"
	],
	"CCI-005065": [
		"SR-1 c 1"
	],
	"CCI-005066": [
		"SR-1 c 1"
	],
	"CCI-005067": [
		"SR-1 c 1"
	],
	"CCI-005068": [
		"SR-1 c 2"
	],
	"CCI-005069": [
		"SR-1 c 2"
	],
	"CCI-005070": [
		"SR-1 c 2"
	],
	"CCI-005071": [
		"SR-1 c 2"
	],
	"CCI-005072": [
		"SR-2 a"
	],
	"CCI-005073": [
		"SR-2 a"
	],
	"CCI-005074": [
		"SR-2 b"
	],
	"CCI-005075": [
		"SR-2 b"
	],
	"CCI-005076": [
		"SR-2 c"
	],
	"CCI-005077": [
		"SR-2 (1)"
	],
	"CCI-005078": [
		"SR-2 (1)"
	],
	"CCI-005079": [
		"SR-2 (1)"
	],
	"CCI-005080": [
		"SR-3 a"
	],
	"CCI-005081": [
		"SR-3 a"
	],
	"CCI-005082": [
		"SR-3 a"
	],
	"CCI-005083": [
		"SR-3 a"
	],
	"CCI-005084": [
		"SR-3 a"
	],
	"CCI-005085": [
		"SR-3 a"
	],
	"CCI-005086": [
		"SR-3 b"
	],
	"CCI-005087": [
		"SR-3 b"
	],
	"CCI-005088": [
		"SR-3 b"
	],
	"CCI-005089": [
		"SR-3 c"
	],
	"CCI-005090": [
		"SR-3 c"
	],
	"CCI-005091": [
		"SR-3 (1)"
	],
	"CCI-005092": [
		"SR-3 (1)"
	],
	"CCI-005093": [
		"SR-3 (2)"
	],
	"CCI-005094": [
		"SR-3 (2)"
	],
	"CCI-005095": [
		"SR-3 (3)"
	],
	"CCI-005096": [
		"SR-4"
	],
	"CCI-005097": [
		"SR-4"
	],
	"CCI-005098": [
		"SR-4"
	],
	"CCI-005099": [
		"SR-4"
	],
	"CCI-005100": [
		"SR-4 (1)"
	],
	"CCI-005101": [
		"SR-4 (1)"
	],
	"CCI-005102": [
		"SR-4 (2)"
	],
	"CCI-005103": [
		"SR-4 (2)"
	],
	"CCI-005104": [
		"SR-4 (3)"
	],
	"CCI-005105": [
		"SR-4 (3)"
	],
	"CCI-005106": [
		"SR-4 (3)"
	],
	"CCI-005107": [
		"SR-4 (3)"
	],
	"CCI-005108": [
		"SR-4 (4)"
	],
	"CCI-005109": [
		"SR-4 (4)"
	],
	"CCI-005110": [
		"SR-4 (4)"
	],
	"CCI-005111": [
		"SR-4 (4)"
	],
	"CCI-005112": [
		"SR-5"
	],
	"CCI-005113": [
		"SR-5"
	],
	"CCI-005114": [
		"SR-5 (1)"
	],
	"CCI-005115": [
		"SR-5 (1)"
	],
	"CCI-005116": [
		"SR-5 (1)"
	],
	"CCI-005117": [
		"SR-5 (2)"
	],
	"CCI-005118": [
		"SR-6"
	],
	"CCI-005119": [
		"SR-6"
	],
	"CCI-005120": [
		"SR-6 (1)"
	],
	"CCI-005121": [
		"SR-6 (1)"
	],
	"CCI-005122": [
		"SR-7"
	],
	"CCI-005123": [
		"SR-7"
	],
	"CCI-005124": [
		"SR-8"
	],
	"CCI-005125": [
		"SR-8"
	],
	"CCI-005126": [
		"SR-9"
	],
	"CCI-005127": [
		"SR-9 (1)"
	],
	"CCI-005128": [
		"SR-10"
	],
	"CCI-005129": [
		"SR-10"
	],
	"CCI-005130": [
		"SR-10"
	],
	"CCI-005131": [
		"SR-10"
	],
	"CCI-005132": [
		"SR-11 a"
	],
	"CCI-005133": [
		"SR-11 a"
	],
	"CCI-005134": [
		"SR-11 b"
	],
	"CCI-005135": [
		"SR-11 b"
	],
	"CCI-005136": [
		"SR-11 b"
	],
	"CCI-005137": [
		"SR-11 (1)"
	],
	"CCI-005138": [
		"SR-11 (1)"
	],
	"CCI-005139": [
		"SR-11 (2)"
	],
	"CCI-005140": [
		"SR-11 (2)"
	],
	"CCI-005141": [
		"SR-11 (2)"
	],
	"CCI-005142": [
		"SR-11 (3)"
	],
	"CCI-005143": [
		"SR-11 (3)"
	],
	"CCI-005144": [
		"SR-12"
	],
	"CCI-005145": [
		"SR-12"
	],
	"CCI-005146": [
		"SR-12"
	],
	"CCI-005147": [
		"AT-2 a 1"
	]
};
var rev4Only = {
	"CCI-000001": [
		"AC-1 a 1"
	],
	"CCI-000004": [
		"AC-1 a 2"
	],
	"CCI-000008": [
		"AC-2 c"
	],
	"CCI-000036": [
		"AC-5 a"
	],
	"CCI-000058": [
		"AC-11 a"
	],
	"CCI-000063": [
		"AC-17 a"
	],
	"CCI-000077": [
		"PM-1 c"
	],
	"CCI-000081": [
		"PM-3 b"
	],
	"CCI-000082": [
		"AC-19 a"
	],
	"CCI-000110": [
		"AT-3 c"
	],
	"CCI-000111": [
		"AT-3 c"
	],
	"CCI-000127": [
		"AU-2 (3)"
	],
	"CCI-000161": [
		"AU-8 (1) (a)"
	],
	"CCI-000179": [
		"IA-5 f"
	],
	"CCI-000180": [
		"IA-5 f"
	],
	"CCI-000181": [
		"IA-5 f"
	],
	"CCI-000192": [
		"IA-5 (1) (a)"
	],
	"CCI-000193": [
		"IA-5 (1) (a)"
	],
	"CCI-000194": [
		"IA-5 (1) (a)"
	],
	"CCI-000195": [
		"IA-5 (1) (b)"
	],
	"CCI-000196": [
		"IA-5 (1) (c)"
	],
	"CCI-000198": [
		"IA-5 (1) (d)"
	],
	"CCI-000199": [
		"IA-5 (1) (d)"
	],
	"CCI-000200": [
		"IA-5 (1) (e)"
	],
	"CCI-000202": [
		"IA-5 (7)"
	],
	"CCI-000203": [
		"IA-5 (7)"
	],
	"CCI-000205": [
		"IA-5 (1) (a)"
	],
	"CCI-000207": [
		"PM-5"
	],
	"CCI-000229": [
		"PM-10 a"
	],
	"CCI-000230": [
		"PM-10 a"
	],
	"CCI-000231": [
		"PM-10 a"
	],
	"CCI-000245": [
		"CA-2 a"
	],
	"CCI-000257": [
		"CA-3 a"
	],
	"CCI-000260": [
		"CA-3 b"
	],
	"CCI-000262": [
		"CA-3 (1)"
	],
	"CCI-000263": [
		"CA-3 (2)"
	],
	"CCI-000293": [
		"CM-2"
	],
	"CCI-000294": [
		"CM-2"
	],
	"CCI-000298": [
		"CM-2 (1) (c)"
	],
	"CCI-000299": [
		"CM-2 (1) (c)"
	],
	"CCI-000338": [
		"CM-5"
	],
	"CCI-000339": [
		"CM-5"
	],
	"CCI-000342": [
		"CM-5"
	],
	"CCI-000343": [
		"CM-5"
	],
	"CCI-000348": [
		"CM-5 (2)"
	],
	"CCI-000349": [
		"CM-5 (2)"
	],
	"CCI-000350": [
		"CM-5 (2)"
	],
	"CCI-000363": [
		"CM-6 a"
	],
	"CCI-000364": [
		"CM-6 a"
	],
	"CCI-000365": [
		"CM-6 a"
	],
	"CCI-000389": [
		"CM-8 a 1"
	],
	"CCI-000390": [
		"CM-8 a 1"
	],
	"CCI-000392": [
		"CM-8 a 2"
	],
	"CCI-000393": [
		"CM-8 a 2"
	],
	"CCI-000395": [
		"CM-8 a 3"
	],
	"CCI-000396": [
		"CM-8 a 3"
	],
	"CCI-000399": [
		"CM-8 a 4"
	],
	"CCI-000400": [
		"CM-8 a 4"
	],
	"CCI-000419": [
		"CM-8 (5)"
	],
	"CCI-000421": [
		"CM-9 a"
	],
	"CCI-000422": [
		"CM-9 a"
	],
	"CCI-000424": [
		"CM-9 c"
	],
	"CCI-000425": [
		"CM-9 c"
	],
	"CCI-000450": [
		"CP-2 a 4"
	],
	"CCI-000451": [
		"CP-2 a 4"
	],
	"CCI-000452": [
		"CP-2 a 4"
	],
	"CCI-000453": [
		"CP-2 a 4"
	],
	"CCI-000454": [
		"CP-2 a 4"
	],
	"CCI-000455": [
		"CP-2 a 4"
	],
	"CCI-000477": [
		"CP-2 (4)"
	],
	"CCI-000478": [
		"CP-2 (4)"
	],
	"CCI-000479": [
		"CP-2 (4)"
	],
	"CCI-000480": [
		"CP-2 (4)"
	],
	"CCI-000528": [
		"CP-8 (1) (b)"
	],
	"CCI-000529": [
		"CP-8 (1) (b)"
	],
	"CCI-000540": [
		"CP-9 (d)"
	],
	"CCI-000550": [
		"CP-10"
	],
	"CCI-000551": [
		"CP-10"
	],
	"CCI-000552": [
		"CP-10"
	],
	"CCI-000560": [
		"CP-10 (6)"
	],
	"CCI-000561": [
		"CP-10 (6)"
	],
	"CCI-000562": [
		"CP-10 (6)"
	],
	"CCI-000670": [
		"SA-9 a"
	],
	"CCI-000671": [
		"SA-9 b"
	],
	"CCI-000672": [
		"SA-9 b"
	],
	"CCI-000673": [
		"SA-9 b"
	],
	"CCI-000674": [
		"SA-9 b"
	],
	"CCI-000722": [
		"SA-12"
	],
	"CCI-000723": [
		"SA-12"
	],
	"CCI-000756": [
		"IA-1 a 1"
	],
	"CCI-000760": [
		"IA-1 a 2"
	],
	"CCI-000761": [
		"IA-1 a 2"
	],
	"CCI-000767": [
		"IA-2 (3)"
	],
	"CCI-000768": [
		"IA-2 (4)"
	],
	"CCI-000770": [
		"IA-2 (5)"
	],
	"CCI-000794": [
		"IA-4 e"
	],
	"CCI-000795": [
		"IA-4 e"
	],
	"CCI-000799": [
		"IA-4 (3)"
	],
	"CCI-000824": [
		"IR-4 c"
	],
	"CCI-000833": [
		"IR-5 (1)"
	],
	"CCI-000840": [
		"IR-7 (1)"
	],
	"CCI-000847": [
		"IR-8 c"
	],
	"CCI-000848": [
		"IR-8 c"
	],
	"CCI-000859": [
		"MA-2 b"
	],
	"CCI-000879": [
		"MA-4 e"
	],
	"CCI-000881": [
		"MA-4 (2)"
	],
	"CCI-000919": [
		"PE-3 a"
	],
	"CCI-000921": [
		"PE-3 a 2"
	],
	"CCI-000934": [
		"PE-3 (6)"
	],
	"CCI-000935": [
		"PE-3 (6)"
	],
	"CCI-000982": [
		"PE-16"
	],
	"CCI-000994": [
		"PE-19 (1)"
	],
	"CCI-001014": [
		"MP-4 a"
	],
	"CCI-001018": [
		"MP-4 b"
	],
	"CCI-001020": [
		"MP-5 a"
	],
	"CCI-001027": [
		"MP-5 (4)"
	],
	"CCI-001030": [
		"MP-6 (2)"
	],
	"CCI-001045": [
		"RA-2 a"
	],
	"CCI-001062": [
		"RA-5 (1)"
	],
	"CCI-001074": [
		"SC-1 a 1"
	],
	"CCI-001078": [
		"SC-1 a 2"
	],
	"CCI-001122": [
		"SC-7 (14)"
	],
	"CCI-001161": [
		"SC-18 b"
	],
	"CCI-001162": [
		"SC-18 b"
	],
	"CCI-001173": [
		"SC-19 a"
	],
	"CCI-001174": [
		"SC-19 a"
	],
	"CCI-001175": [
		"SC-19 b"
	],
	"CCI-001176": [
		"SC-19 b"
	],
	"CCI-001177": [
		"SC-19 b"
	],
	"CCI-001231": [
		"SI-2 (1)"
	],
	"CCI-001233": [
		"SI-2 (2)"
	],
	"CCI-001234": [
		"SI-2 (2)"
	],
	"CCI-001240": [
		"SI-3 b"
	],
	"CCI-001242": [
		"SI-3 c 1"
	],
	"CCI-001246": [
		"SI-3 (1)"
	],
	"CCI-001247": [
		"SI-3 (2)"
	],
	"CCI-001306": [
		"SI-8 b"
	],
	"CCI-001307": [
		"SI-8 (1)"
	],
	"CCI-001324": [
		"SI-13 (3)"
	],
	"CCI-001325": [
		"SI-13 (3)"
	],
	"CCI-001380": [
		"AC-5 b"
	],
	"CCI-001416": [
		"AC-4 (7)"
	],
	"CCI-001438": [
		"AC-18 a"
	],
	"CCI-001462": [
		"AU-14 (2)"
	],
	"CCI-001479": [
		"AT-2 c"
	],
	"CCI-001480": [
		"AT-2"
	],
	"CCI-001486": [
		"AU-2 (3)"
	],
	"CCI-001492": [
		"AU-8 (1) (a)"
	],
	"CCI-001502": [
		"CM-6 d"
	],
	"CCI-001503": [
		"CM-6 d"
	],
	"CCI-001531": [
		"PS-6 c 1"
	],
	"CCI-001542": [
		"PS-8 a"
	],
	"CCI-001550": [
		"AC-4"
	],
	"CCI-001551": [
		"AC-4"
	],
	"CCI-001559": [
		"AC-16 (2)"
	],
	"CCI-001560": [
		"AC-16 (4)"
	],
	"CCI-001561": [
		"AC-17 (3)"
	],
	"CCI-001575": [
		"AU-9 (2)"
	],
	"CCI-001576": [
		"AU-12 (1)"
	],
	"CCI-001581": [
		"CA-7 g"
	],
	"CCI-001583": [
		"CA-2 (2)"
	],
	"CCI-001588": [
		"CM-6 a"
	],
	"CCI-001611": [
		"IA-5 (1) (a)"
	],
	"CCI-001612": [
		"IA-5 (1) (a)"
	],
	"CCI-001613": [
		"IA-5 (1) (a)"
	],
	"CCI-001614": [
		"IA-5 (1) (a)"
	],
	"CCI-001615": [
		"IA-5 (1) (b)"
	],
	"CCI-001616": [
		"IA-5 (1) (d)"
	],
	"CCI-001617": [
		"IA-5 (1) (d)"
	],
	"CCI-001618": [
		"IA-5 (1) (e)"
	],
	"CCI-001619": [
		"IA-5 (1) (a)"
	],
	"CCI-001624": [
		"IR-3"
	],
	"CCI-001626": [
		"IR-5 (1)"
	],
	"CCI-001627": [
		"IR-5 (1)"
	],
	"CCI-001639": [
		"PL-4 a"
	],
	"CCI-001681": [
		"CA-2 (2)"
	],
	"CCI-001683": [
		"AC-2 (4)"
	],
	"CCI-001684": [
		"AC-2 (4)"
	],
	"CCI-001685": [
		"AC-2 (4)"
	],
	"CCI-001686": [
		"AC-2 (4)"
	],
	"CCI-001747": [
		"CM-5 (3)"
	],
	"CCI-001748": [
		"CM-5 (3)"
	],
	"CCI-001749": [
		"CM-5 (3)"
	],
	"CCI-001750": [
		"CM-5 (3)"
	],
	"CCI-001769": [
		"CM-7 (4) (c)"
	],
	"CCI-001771": [
		"CM-7 (4) (c)"
	],
	"CCI-001776": [
		"CM-7 (5) (c)"
	],
	"CCI-001778": [
		"CM-7 (5) (c)"
	],
	"CCI-001781": [
		"CM-8 b"
	],
	"CCI-001782": [
		"CM-8 b"
	],
	"CCI-001787": [
		"CM-8 (9) (a)"
	],
	"CCI-001790": [
		"CM-9 b"
	],
	"CCI-001791": [
		"CM-9 b"
	],
	"CCI-001793": [
		"CM-9 b"
	],
	"CCI-001794": [
		"CM-9 b"
	],
	"CCI-001796": [
		"CM-9 c"
	],
	"CCI-001797": [
		"CM-9 c"
	],
	"CCI-001800": [
		"CM-9 d"
	],
	"CCI-001810": [
		"CM-11 (1)"
	],
	"CCI-001811": [
		"CM-11 (1)"
	],
	"CCI-001812": [
		"CM-11 (2)"
	],
	"CCI-001814": [
		"CM-5 (1)"
	],
	"CCI-001820": [
		"CM-1 a 1"
	],
	"CCI-001823": [
		"CM-1 a 2"
	],
	"CCI-001826": [
		"CM-5 (2)"
	],
	"CCI-001827": [
		"CM-5 (5) (b)"
	],
	"CCI-001828": [
		"CM-5 (5) (b)"
	],
	"CCI-001829": [
		"CM-5 (5) (b)"
	],
	"CCI-001830": [
		"CM-5 (5) (b)"
	],
	"CCI-001831": [
		"AU-1 a 1"
	],
	"CCI-001833": [
		"AU-1 a 2"
	],
	"CCI-001835": [
		"AU-1 b 1"
	],
	"CCI-001836": [
		"AU-1 b 1"
	],
	"CCI-001837": [
		"AU-1 b 1"
	],
	"CCI-001838": [
		"AU-1 b 1"
	],
	"CCI-001839": [
		"AU-1 b 2"
	],
	"CCI-001840": [
		"AU-1 b 2"
	],
	"CCI-001841": [
		"AU-1 b 2"
	],
	"CCI-001842": [
		"AU-1 b 2"
	],
	"CCI-001843": [
		"AU-2 (3)"
	],
	"CCI-001844": [
		"AU-3 (2)"
	],
	"CCI-001845": [
		"AU-3 (2)"
	],
	"CCI-001846": [
		"AU-3 (2)"
	],
	"CCI-001847": [
		"AU-3 (2)"
	],
	"CCI-001872": [
		"AU-6 (10)"
	],
	"CCI-001873": [
		"AU-6 (10)"
	],
	"CCI-001874": [
		"AU-6 (10)"
	],
	"CCI-001884": [
		"AU-7 (2)"
	],
	"CCI-001885": [
		"AU-7 (2)"
	],
	"CCI-001886": [
		"AU-7 (2)"
	],
	"CCI-001887": [
		"AU-7 (2)"
	],
	"CCI-001891": [
		"AU-8 (1) (a)"
	],
	"CCI-001892": [
		"AU-8 (1) (b)"
	],
	"CCI-001893": [
		"AU-8 (2)"
	],
	"CCI-001916": [
		"AU-13 (1)"
	],
	"CCI-001921": [
		"AU-15"
	],
	"CCI-001922": [
		"AU-15"
	],
	"CCI-001932": [
		"IA-1 a 1"
	],
	"CCI-001933": [
		"IA-1 a 1"
	],
	"CCI-001934": [
		"IA-1 a 2"
	],
	"CCI-001935": [
		"IA-2 (6)"
	],
	"CCI-001936": [
		"IA-2 (6)"
	],
	"CCI-001937": [
		"IA-2 (6)"
	],
	"CCI-001938": [
		"IA-2 (7)"
	],
	"CCI-001939": [
		"IA-2 (7)"
	],
	"CCI-001940": [
		"IA-2 (7)"
	],
	"CCI-001942": [
		"IA-2 (9)"
	],
	"CCI-001947": [
		"IA-2 (11)"
	],
	"CCI-001948": [
		"IA-2 (11)"
	],
	"CCI-001949": [
		"IA-2 (11)"
	],
	"CCI-001950": [
		"IA-2 (11)"
	],
	"CCI-001951": [
		"IA-2 (11)"
	],
	"CCI-001952": [
		"IA-2 (11)"
	],
	"CCI-001964": [
		"IA-3 (4)"
	],
	"CCI-001979": [
		"IA-4 (7)"
	],
	"CCI-001982": [
		"IA-5 d"
	],
	"CCI-001983": [
		"IA-5 d"
	],
	"CCI-001986": [
		"IA-5 d"
	],
	"CCI-001987": [
		"IA-5 d"
	],
	"CCI-001989": [
		"IA-5 e"
	],
	"CCI-001991": [
		"IA-5 (2) (d)"
	],
	"CCI-001992": [
		"IA-5 (3)"
	],
	"CCI-001993": [
		"IA-5 (3)"
	],
	"CCI-001994": [
		"IA-5 (3)"
	],
	"CCI-001995": [
		"IA-5 (3)"
	],
	"CCI-001996": [
		"IA-5 (4)"
	],
	"CCI-001997": [
		"IA-5 (4)"
	],
	"CCI-001999": [
		"IA-5 (9)"
	],
	"CCI-002000": [
		"IA-5 (9)"
	],
	"CCI-002002": [
		"IA-5 (11)"
	],
	"CCI-002003": [
		"IA-5 (11)"
	],
	"CCI-002011": [
		"IA-8 (2)"
	],
	"CCI-002012": [
		"IA-8 (3)"
	],
	"CCI-002013": [
		"IA-8 (3)"
	],
	"CCI-002014": [
		"IA-8 (4)"
	],
	"CCI-002017": [
		"IA-9"
	],
	"CCI-002019": [
		"IA-9"
	],
	"CCI-002020": [
		"IA-9"
	],
	"CCI-002023": [
		"IA-9 (1)"
	],
	"CCI-002024": [
		"IA-9 (1)"
	],
	"CCI-002025": [
		"IA-9 (1)"
	],
	"CCI-002026": [
		"IA-9 (1)"
	],
	"CCI-002027": [
		"IA-9 (1)"
	],
	"CCI-002028": [
		"IA-9 (1)"
	],
	"CCI-002029": [
		"IA-9 (2)"
	],
	"CCI-002030": [
		"IA-9 (2)"
	],
	"CCI-002031": [
		"IA-9 (2)"
	],
	"CCI-002032": [
		"IA-9 (2)"
	],
	"CCI-002037": [
		"IA-11"
	],
	"CCI-002038": [
		"IA-11"
	],
	"CCI-002039": [
		"IA-11"
	],
	"CCI-002040": [
		"IA-4 (2)"
	],
	"CCI-002041": [
		"IA-5 (1) (f)"
	],
	"CCI-002043": [
		"IA-5 (15)"
	],
	"CCI-002046": [
		"AU-8 (1) (b)"
	],
	"CCI-002053": [
		"AT-3 (4)"
	],
	"CCI-002054": [
		"AT-3 (4)"
	],
	"CCI-002060": [
		"CA-1 a 1"
	],
	"CCI-002063": [
		"CA-2 (1)"
	],
	"CCI-002064": [
		"CA-2 (2)"
	],
	"CCI-002072": [
		"CA-3 (1)"
	],
	"CCI-002073": [
		"CA-3 (1)"
	],
	"CCI-002074": [
		"CA-3 (2)"
	],
	"CCI-002075": [
		"CA-3 (3)"
	],
	"CCI-002076": [
		"CA-3 (3)"
	],
	"CCI-002077": [
		"CA-3 (3)"
	],
	"CCI-002078": [
		"CA-3 (4)"
	],
	"CCI-002079": [
		"CA-3 (4)"
	],
	"CCI-002080": [
		"CA-3 (5)"
	],
	"CCI-002081": [
		"CA-3 (5)"
	],
	"CCI-002082": [
		"CA-3 (5)"
	],
	"CCI-002085": [
		"CA-7 (1)"
	],
	"CCI-002089": [
		"CA-7 b"
	],
	"CCI-002098": [
		"CA-8 (2)"
	],
	"CCI-002106": [
		"AC-1 a 1"
	],
	"CCI-002109": [
		"AC-1 a 2"
	],
	"CCI-002110": [
		"AC-2 a"
	],
	"CCI-002111": [
		"AC-2 a"
	],
	"CCI-002113": [
		"AC-2 c"
	],
	"CCI-002114": [
		"AC-2 d"
	],
	"CCI-002131": [
		"AC-2 (4)"
	],
	"CCI-002132": [
		"AC-2 (4)"
	],
	"CCI-002136": [
		"AC-2 (7) (c)"
	],
	"CCI-002142": [
		"AC-2 (10)"
	],
	"CCI-002167": [
		"AC-3 (7)"
	],
	"CCI-002168": [
		"AC-3 (7)"
	],
	"CCI-002171": [
		"AC-3 (7)"
	],
	"CCI-002172": [
		"AC-3 (7)"
	],
	"CCI-002175": [
		"AC-3 (7)"
	],
	"CCI-002176": [
		"AC-3 (7)"
	],
	"CCI-002206": [
		"AC-4 (17)"
	],
	"CCI-002208": [
		"AC-4 (17)"
	],
	"CCI-002209": [
		"AC-4 (18)"
	],
	"CCI-002210": [
		"AC-4 (18)"
	],
	"CCI-002251": [
		"AC-9 (4)"
	],
	"CCI-002253": [
		"AC-10"
	],
	"CCI-002254": [
		"AC-12"
	],
	"CCI-002255": [
		"AC-14 a"
	],
	"CCI-002276": [
		"AC-16 (2)"
	],
	"CCI-002285": [
		"AC-16 (4)"
	],
	"CCI-002305": [
		"AC-16 (10)"
	],
	"CCI-002313": [
		"AC-17 (1)"
	],
	"CCI-002315": [
		"AC-17 (3)"
	],
	"CCI-002333": [
		"AC-20 (1) (a)"
	],
	"CCI-002334": [
		"AC-20 (1) (a)"
	],
	"CCI-002335": [
		"AC-20 (1) (a)"
	],
	"CCI-002336": [
		"AC-20 (1) (a)"
	],
	"CCI-002365": [
		"IA-5 i"
	],
	"CCI-002366": [
		"IA-5 i"
	],
	"CCI-002367": [
		"IA-5 (7)"
	],
	"CCI-002377": [
		"SC-1 a 1"
	],
	"CCI-002379": [
		"SC-1 a 2"
	],
	"CCI-002386": [
		"SC-5"
	],
	"CCI-002412": [
		"SC-7 (21)"
	],
	"CCI-002419": [
		"SC-8 (1)"
	],
	"CCI-002491": [
		"SC-30 (3)"
	],
	"CCI-002558": [
		"SC-42 (3)"
	],
	"CCI-002588": [
		"MP-8 (2)"
	],
	"CCI-002589": [
		"MP-8 (2)"
	],
	"CCI-002590": [
		"MP-8 (2)"
	],
	"CCI-002592": [
		"MP-8 (3)"
	],
	"CCI-002595": [
		"MP-8 a"
	],
	"CCI-002596": [
		"MP-8 a"
	],
	"CCI-002597": [
		"MP-8 a"
	],
	"CCI-002598": [
		"MP-8 b"
	],
	"CCI-002599": [
		"MP-8 c"
	],
	"CCI-002619": [
		"SI-3 a"
	],
	"CCI-002620": [
		"SI-3 a"
	],
	"CCI-002621": [
		"SI-3 a"
	],
	"CCI-002622": [
		"SI-3 a"
	],
	"CCI-002627": [
		"SI-3 (7)"
	],
	"CCI-002632": [
		"SI-3 (9)"
	],
	"CCI-002633": [
		"SI-3 (9)"
	],
	"CCI-002637": [
		"SI-3 (9)"
	],
	"CCI-002647": [
		"SI-4 d"
	],
	"CCI-002648": [
		"SI-4 d"
	],
	"CCI-002649": [
		"SI-4 d"
	],
	"CCI-002653": [
		"SI-4"
	],
	"CCI-002691": [
		"SI-4 (24)"
	],
	"CCI-002730": [
		"SI-7 (11)"
	],
	"CCI-002731": [
		"SI-7 (11)"
	],
	"CCI-002735": [
		"SI-7 (13)"
	],
	"CCI-002736": [
		"SI-7 (13)"
	],
	"CCI-002737": [
		"SI-7 (14) (a)"
	],
	"CCI-002738": [
		"SI-7 (14) (b)"
	],
	"CCI-002772": [
		"SI-15"
	],
	"CCI-002783": [
		"IR-4 (7)"
	],
	"CCI-002784": [
		"IR-4 (7)"
	],
	"CCI-002813": [
		"IR-9 (1)"
	],
	"CCI-002814": [
		"IR-9 (1)"
	],
	"CCI-002815": [
		"IR-9 (1)"
	],
	"CCI-002822": [
		"IR-10"
	],
	"CCI-002863": [
		"MA-2 (2) (a)"
	],
	"CCI-002867": [
		"MA-2 a"
	],
	"CCI-002871": [
		"MA-2 a"
	],
	"CCI-002877": [
		"MA-3 (3) (a)"
	],
	"CCI-002878": [
		"MA-3 (3) (b)"
	],
	"CCI-002879": [
		"MA-3 (3) (c)"
	],
	"CCI-002880": [
		"MA-3 (3) (c)"
	],
	"CCI-002881": [
		"MA-3 (3) (d)"
	],
	"CCI-002892": [
		"MA-5 (1) (b)"
	],
	"CCI-002905": [
		"MA-2 (2) (a)"
	],
	"CCI-002932": [
		"PE-5 (1) (a)"
	],
	"CCI-002933": [
		"PE-5 (1) (a)"
	],
	"CCI-002934": [
		"PE-5 (1) (b)"
	],
	"CCI-002935": [
		"PE-5 (2) (a)"
	],
	"CCI-002936": [
		"PE-5 (2) (b)"
	],
	"CCI-002937": [
		"PE-5 (3)"
	],
	"CCI-002938": [
		"PE-5 (3)"
	],
	"CCI-002972": [
		"PE-15 (1)"
	],
	"CCI-002977": [
		"PE-18 (1)"
	],
	"CCI-002978": [
		"PE-18 (1)"
	],
	"CCI-002983": [
		"PE-20 b"
	],
	"CCI-002992": [
		"PM-4 a 3"
	],
	"CCI-003016": [
		"PS-4 f"
	],
	"CCI-003025": [
		"PS-4 f"
	],
	"CCI-003026": [
		"PS-4 f"
	],
	"CCI-003036": [
		"PS-6 c 2"
	],
	"CCI-003037": [
		"PS-6 c 2"
	],
	"CCI-003040": [
		"PS-7 b"
	],
	"CCI-003058": [
		"PL-2 b"
	],
	"CCI-003065": [
		"PL-2 (3)"
	],
	"CCI-003066": [
		"PL-2 (3)"
	],
	"CCI-003067": [
		"PL-2 (3)"
	],
	"CCI-003107": [
		"SA-4 (3)"
	],
	"CCI-003108": [
		"SA-4 (3)"
	],
	"CCI-003113": [
		"SA-4 (8)"
	],
	"CCI-003115": [
		"SA-4 (9)"
	],
	"CCI-003134": [
		"SA-5 d"
	],
	"CCI-003137": [
		"SA-9 a"
	],
	"CCI-003190": [
		"SA-11 (5)"
	],
	"CCI-003198": [
		"SA-12 (1)"
	],
	"CCI-003199": [
		"SA-12 (1)"
	],
	"CCI-003200": [
		"SA-12 (2)"
	],
	"CCI-003201": [
		"SA-12 (5)"
	],
	"CCI-003202": [
		"SA-12 (5)"
	],
	"CCI-003203": [
		"SA-12 (7)"
	],
	"CCI-003204": [
		"SA-12 (7)"
	],
	"CCI-003205": [
		"SA-12 (8)"
	],
	"CCI-003206": [
		"SA-12 (9)"
	],
	"CCI-003207": [
		"SA-12 (1)"
	],
	"CCI-003208": [
		"SA-12 (1)"
	],
	"CCI-003209": [
		"SA-12 (1)"
	],
	"CCI-003210": [
		"SA-12 (9)"
	],
	"CCI-003211": [
		"SA-12 (9)"
	],
	"CCI-003212": [
		"SA-12 (10)"
	],
	"CCI-003213": [
		"SA-12 (10)"
	],
	"CCI-003214": [
		"SA-12 (11)"
	],
	"CCI-003215": [
		"SA-12 (11)"
	],
	"CCI-003216": [
		"SA-12 (12)"
	],
	"CCI-003217": [
		"SA-12 (12)"
	],
	"CCI-003218": [
		"SA-12 (13)"
	],
	"CCI-003219": [
		"SA-12 (13)"
	],
	"CCI-003220": [
		"SA-12 (13)"
	],
	"CCI-003221": [
		"SA-12 (14)"
	],
	"CCI-003222": [
		"SA-12 (14)"
	],
	"CCI-003223": [
		"SA-12 (14)"
	],
	"CCI-003224": [
		"SA-12 (15)"
	],
	"CCI-003225": [
		"SA-13 a"
	],
	"CCI-003226": [
		"SA-13 a"
	],
	"CCI-003227": [
		"SA-13 b"
	],
	"CCI-003228": [
		"SA-13 b"
	],
	"CCI-003229": [
		"SA-14"
	],
	"CCI-003230": [
		"SA-14"
	],
	"CCI-003231": [
		"SA-14"
	],
	"CCI-003232": [
		"SA-14"
	],
	"CCI-003253": [
		"SA-15 (3)"
	],
	"CCI-003256": [
		"SA-15 (4)"
	],
	"CCI-003257": [
		"SA-15 (4)"
	],
	"CCI-003258": [
		"SA-15 (4)"
	],
	"CCI-003259": [
		"SA-15 (4)"
	],
	"CCI-003260": [
		"SA-15 (4) (a)"
	],
	"CCI-003261": [
		"SA-15 (4) (a)"
	],
	"CCI-003262": [
		"SA-15 (4) (a)"
	],
	"CCI-003263": [
		"SA-15 (4) (a)"
	],
	"CCI-003264": [
		"SA-15 (4) (b)"
	],
	"CCI-003265": [
		"SA-15 (4) (b)"
	],
	"CCI-003266": [
		"SA-15 (4) (b)"
	],
	"CCI-003267": [
		"SA-15 (4) (b)"
	],
	"CCI-003268": [
		"SA-15 (4) (c)"
	],
	"CCI-003269": [
		"SA-15 (4) (c)"
	],
	"CCI-003270": [
		"SA-15 (4) (c)"
	],
	"CCI-003271": [
		"SA-15 (4) (c)"
	],
	"CCI-003283": [
		"SA-15 (9)"
	],
	"CCI-003284": [
		"SA-15 (9)"
	],
	"CCI-003285": [
		"SA-15 (9)"
	],
	"CCI-003286": [
		"SA-15 (9)"
	],
	"CCI-003287": [
		"SA-15 (9)"
	],
	"CCI-003288": [
		"SA-15 (9)"
	],
	"CCI-003302": [
		"SA-17 (2) (a)"
	],
	"CCI-003346": [
		"SA-18"
	],
	"CCI-003347": [
		"SA-18 (1)"
	],
	"CCI-003348": [
		"SA-18 (1)"
	],
	"CCI-003349": [
		"SA-18 (1)"
	],
	"CCI-003350": [
		"SA-18 (1)"
	],
	"CCI-003351": [
		"SA-18 (1)"
	],
	"CCI-003352": [
		"SA-18 (2)"
	],
	"CCI-003353": [
		"SA-18 (2)"
	],
	"CCI-003354": [
		"SA-18 (2)"
	],
	"CCI-003355": [
		"SA-18 (2)"
	],
	"CCI-003356": [
		"SA-19 a"
	],
	"CCI-003357": [
		"SA-19 a"
	],
	"CCI-003358": [
		"SA-19 a"
	],
	"CCI-003359": [
		"SA-19 a"
	],
	"CCI-003360": [
		"SA-19 a"
	],
	"CCI-003361": [
		"SA-19 a"
	],
	"CCI-003362": [
		"SA-19 a"
	],
	"CCI-003363": [
		"SA-19 a"
	],
	"CCI-003364": [
		"SA-19 b"
	],
	"CCI-003365": [
		"SA-19 b"
	],
	"CCI-003366": [
		"SA-19 b"
	],
	"CCI-003367": [
		"SA-19 (1)"
	],
	"CCI-003368": [
		"SA-19 (1)"
	],
	"CCI-003369": [
		"SA-19 (2)"
	],
	"CCI-003370": [
		"SA-19 (2)"
	],
	"CCI-003371": [
		"SA-19 (2)"
	],
	"CCI-003374": [
		"SA-22 b"
	],
	"CCI-003375": [
		"SA-22 b"
	],
	"CCI-003377": [
		"SA-21 (1)"
	],
	"CCI-003378": [
		"SA-21 (1)"
	],
	"CCI-003379": [
		"SA-21 (1)"
	],
	"CCI-003380": [
		"SA-21 (1)"
	],
	"CCI-003388": [
		"SA-19 (4)"
	],
	"CCI-003389": [
		"SA-19 (4)"
	],
	"CCI-003390": [
		"SA-19 (3)"
	],
	"CCI-003391": [
		"SA-19 (3)"
	],
	"CCI-003392": [
		"AP-1"
	],
	"CCI-003393": [
		"AP-1"
	],
	"CCI-003394": [
		"AP-1"
	],
	"CCI-003395": [
		"AP-1"
	],
	"CCI-003396": [
		"AP-2"
	],
	"CCI-003397": [
		"AR-1 a"
	],
	"CCI-003398": [
		"AP-2"
	],
	"CCI-003399": [
		"AP-2"
	],
	"CCI-003400": [
		"AP-2"
	],
	"CCI-003401": [
		"AR-1 b"
	],
	"CCI-003402": [
		"AR-1 c"
	],
	"CCI-003403": [
		"AR-1 c"
	],
	"CCI-003404": [
		"AR-1 c"
	],
	"CCI-003405": [
		"AR-1 c"
	],
	"CCI-003406": [
		"AR-1 d"
	],
	"CCI-003407": [
		"AR-1 e"
	],
	"CCI-003408": [
		"AR-1 e"
	],
	"CCI-003409": [
		"AR-1 e"
	],
	"CCI-003410": [
		"AR-1 e"
	],
	"CCI-003411": [
		"AR-1 e"
	],
	"CCI-003412": [
		"AR-1 e"
	],
	"CCI-003413": [
		"AR-1 f"
	],
	"CCI-003414": [
		"AR-1 f"
	],
	"CCI-003415": [
		"AR-1 f"
	],
	"CCI-003416": [
		"AR-1 f"
	],
	"CCI-003417": [
		"AR-2 a"
	],
	"CCI-003418": [
		"AR-2 a"
	],
	"CCI-003419": [
		"AR-2 a"
	],
	"CCI-003420": [
		"AR-2 a"
	],
	"CCI-003421": [
		"AR-2 a"
	],
	"CCI-003422": [
		"AR-2 a"
	],
	"CCI-003423": [
		"AR-2 a"
	],
	"CCI-003424": [
		"AR-2 a"
	],
	"CCI-003425": [
		"AR-2 b"
	],
	"CCI-003426": [
		"AR-3 a"
	],
	"CCI-003427": [
		"AR-3 a"
	],
	"CCI-003428": [
		"AR-3 a"
	],
	"CCI-003429": [
		"AR-3 a"
	],
	"CCI-003430": [
		"AR-3 a"
	],
	"CCI-003431": [
		"AR-3 a"
	],
	"CCI-003432": [
		"AR-3 b"
	],
	"CCI-003433": [
		"AR-3 b"
	],
	"CCI-003434": [
		"AR-4"
	],
	"CCI-003435": [
		"AR-4"
	],
	"CCI-003436": [
		"AR-4"
	],
	"CCI-003437": [
		"AR-4"
	],
	"CCI-003438": [
		"AR-4"
	],
	"CCI-003439": [
		"AR-4"
	],
	"CCI-003440": [
		"AR-5 a"
	],
	"CCI-003441": [
		"AR-5 a"
	],
	"CCI-003442": [
		"AR-5 a"
	],
	"CCI-003443": [
		"AR-5 b"
	],
	"CCI-003444": [
		"AR-5 b"
	],
	"CCI-003445": [
		"AR-5 b"
	],
	"CCI-003446": [
		"AR-5 b"
	],
	"CCI-003447": [
		"AR-5 c"
	],
	"CCI-003448": [
		"AR-5 c"
	],
	"CCI-003449": [
		"AR-6"
	],
	"CCI-003450": [
		"AR-6"
	],
	"CCI-003451": [
		"AR-6"
	],
	"CCI-003452": [
		"AR-6"
	],
	"CCI-003453": [
		"AR-6"
	],
	"CCI-003454": [
		"AR-6"
	],
	"CCI-003455": [
		"AR-7"
	],
	"CCI-003456": [
		"AR-8 a (1)"
	],
	"CCI-003457": [
		"AR-8 a (1)"
	],
	"CCI-003458": [
		"AR-8 a (1)"
	],
	"CCI-003459": [
		"AR-8 a (1)"
	],
	"CCI-003460": [
		"AR-8 a (2)"
	],
	"CCI-003461": [
		"AR-8 b"
	],
	"CCI-003462": [
		"AR-8 c"
	],
	"CCI-003463": [
		"DI-1 a"
	],
	"CCI-003464": [
		"DI-1 a"
	],
	"CCI-003465": [
		"DI-1 a"
	],
	"CCI-003466": [
		"DI-1 a"
	],
	"CCI-003467": [
		"DI-1 b"
	],
	"CCI-003468": [
		"DI-1 c"
	],
	"CCI-003469": [
		"DI-1 c"
	],
	"CCI-003470": [
		"DI-1 d"
	],
	"CCI-003471": [
		"DI-1 d"
	],
	"CCI-003472": [
		"DI-1 d"
	],
	"CCI-003473": [
		"DI-1 d"
	],
	"CCI-003474": [
		"DI-1 d"
	],
	"CCI-003475": [
		"DI-1 d"
	],
	"CCI-003476": [
		"DI-1 d"
	],
	"CCI-003477": [
		"DI-1 d"
	],
	"CCI-003478": [
		"DI-1 (1)"
	],
	"CCI-003479": [
		"DI-1 (2)"
	],
	"CCI-003480": [
		"DI-1 (2)"
	],
	"CCI-003481": [
		"DI-2 a"
	],
	"CCI-003482": [
		"DI-2 b"
	],
	"CCI-003483": [
		"DI-2 b"
	],
	"CCI-003484": [
		"DI-2 b"
	],
	"CCI-003485": [
		"DI-2 (1)"
	],
	"CCI-003486": [
		"DM-1 a"
	],
	"CCI-003487": [
		"DM-1 b"
	],
	"CCI-003488": [
		"DM-1 b"
	],
	"CCI-003489": [
		"DM-1 c"
	],
	"CCI-003490": [
		"DM-1 c"
	],
	"CCI-003491": [
		"DM-1 c"
	],
	"CCI-003492": [
		"DM-1 c"
	],
	"CCI-003493": [
		"DM-1 c"
	],
	"CCI-003494": [
		"DM-1 c"
	],
	"CCI-003495": [
		"DM-1 (1)"
	],
	"CCI-003496": [
		"DM-1 (1)"
	],
	"CCI-003497": [
		"DM-2 a"
	],
	"CCI-003498": [
		"DM-2 a"
	],
	"CCI-003499": [
		"DM-2 b"
	],
	"CCI-003500": [
		"DM-2 b"
	],
	"CCI-003501": [
		"DM-2 c"
	],
	"CCI-003502": [
		"DM-2 c"
	],
	"CCI-003503": [
		"DM-2 (1)"
	],
	"CCI-003504": [
		"DM-2 (1)"
	],
	"CCI-003505": [
		"DM-2 (1)"
	],
	"CCI-003506": [
		"DM-2 (1)"
	],
	"CCI-003507": [
		"DM-3 a"
	],
	"CCI-003508": [
		"DM-3 a"
	],
	"CCI-003509": [
		"DM-3 a"
	],
	"CCI-003510": [
		"DM-3 a"
	],
	"CCI-003511": [
		"DM-3 a"
	],
	"CCI-003512": [
		"DM-3 a"
	],
	"CCI-003513": [
		"DM-3 b"
	],
	"CCI-003514": [
		"DM-3 b"
	],
	"CCI-003515": [
		"DM-3 b"
	],
	"CCI-003516": [
		"DM-3 (1)"
	],
	"CCI-003517": [
		"DM-3 (1)"
	],
	"CCI-003518": [
		"DM-3 (1)"
	],
	"CCI-003519": [
		"IP-1 a"
	],
	"CCI-003520": [
		"IP-1 a"
	],
	"CCI-003521": [
		"IP-1 a"
	],
	"CCI-003522": [
		"IP-1 a"
	],
	"CCI-003523": [
		"IP-1 b"
	],
	"CCI-003524": [
		"IP-1 b"
	],
	"CCI-003525": [
		"IP-1 b"
	],
	"CCI-003526": [
		"IP-1 b"
	],
	"CCI-003527": [
		"IP-1 c"
	],
	"CCI-003528": [
		"IP-1 d"
	],
	"CCI-003529": [
		"IP-1 d"
	],
	"CCI-003530": [
		"IP-1 (1)"
	],
	"CCI-003531": [
		"IP-2 a"
	],
	"CCI-003532": [
		"IP-2 b"
	],
	"CCI-003533": [
		"IP-2 b"
	],
	"CCI-003534": [
		"IP-2 c"
	],
	"CCI-003535": [
		"IP-2 d"
	],
	"CCI-003536": [
		"IP-2 d"
	],
	"CCI-003537": [
		"IP-3 a"
	],
	"CCI-003538": [
		"IP-3 b"
	],
	"CCI-003539": [
		"IP-3 b"
	],
	"CCI-003540": [
		"IP-4"
	],
	"CCI-003541": [
		"IP-4"
	],
	"CCI-003542": [
		"IP-4 (1)"
	],
	"CCI-003543": [
		"IP-4 (1)"
	],
	"CCI-003544": [
		"SE-1 a"
	],
	"CCI-003545": [
		"SE-1 a"
	],
	"CCI-003546": [
		"SE-1 a"
	],
	"CCI-003547": [
		"SE-1 a"
	],
	"CCI-003548": [
		"SE-1 a"
	],
	"CCI-003549": [
		"SE-1 a"
	],
	"CCI-003550": [
		"SE-1 a"
	],
	"CCI-003551": [
		"SE-1 b"
	],
	"CCI-003552": [
		"SE-1 b"
	],
	"CCI-003553": [
		"SE-2 a"
	],
	"CCI-003554": [
		"SE-2 a"
	],
	"CCI-003555": [
		"SE-2 b"
	],
	"CCI-003556": [
		"TR-1 a"
	],
	"CCI-003557": [
		"TR-1 a"
	],
	"CCI-003558": [
		"TR-1 a"
	],
	"CCI-003559": [
		"TR-1 a"
	],
	"CCI-003560": [
		"TR-1 a"
	],
	"CCI-003561": [
		"TR-1 a"
	],
	"CCI-003562": [
		"TR-1 a"
	],
	"CCI-003563": [
		"TR-1 a"
	],
	"CCI-003564": [
		"TR-1 a"
	],
	"CCI-003565": [
		"TR-1 a"
	],
	"CCI-003566": [
		"TR-1 a"
	],
	"CCI-003567": [
		"TR-1 a"
	],
	"CCI-003568": [
		"TR-1 b"
	],
	"CCI-003569": [
		"TR-1 b"
	],
	"CCI-003570": [
		"TR-1 b"
	],
	"CCI-003571": [
		"TR-1 b"
	],
	"CCI-003572": [
		"TR-1 b"
	],
	"CCI-003573": [
		"TR-1 b"
	],
	"CCI-003574": [
		"TR-1 b"
	],
	"CCI-003575": [
		"TR-1 b"
	],
	"CCI-003576": [
		"TR-1 b"
	],
	"CCI-003577": [
		"TR-1 b"
	],
	"CCI-003578": [
		"TR-1 c"
	],
	"CCI-003579": [
		"TR-1 c"
	],
	"CCI-003580": [
		"TR-1 (1)"
	],
	"CCI-003581": [
		"TR-2 a"
	],
	"CCI-003582": [
		"TR-2 b"
	],
	"CCI-003583": [
		"TR-2 c"
	],
	"CCI-003584": [
		"TR-2 (1)"
	],
	"CCI-003585": [
		"TR-3 a"
	],
	"CCI-003586": [
		"TR-3 a"
	],
	"CCI-003587": [
		"TR-3 b"
	],
	"CCI-003588": [
		"UL-1"
	],
	"CCI-003589": [
		"UL-2 a"
	],
	"CCI-003590": [
		"UL-2 b"
	],
	"CCI-003591": [
		"UL-2 b"
	],
	"CCI-003592": [
		"UL-2 c"
	],
	"CCI-003593": [
		"UL-2 c"
	],
	"CCI-003594": [
		"UL-2 c"
	],
	"CCI-003595": [
		"UL-2 c"
	],
	"CCI-003596": [
		"UL-2 d"
	],
	"CCI-003597": [
		"UL-2 d"
	],
	"CCI-003599": [
		"SC-37 (1)"
	]
};
var data$1 = {
	rev5: rev5,
	rev4Only: rev4Only
};

/**
 * CCI → NIST SP 800-53 controls, from DISA's CCI list through the generated, committed
 * cci-nist.json (scripts/generate-cci-map.mjs; its `provenance` says which list).
 */
const REV5 = data$1.rev5;
const REV4_ONLY = data$1.rev4Only;
/**
 * The controls of one CCI: DISA's Revision 5 references (`CM-6 b`), else its Revision 4 ones (DISA gives
 * some CCIs no Revision 5 reference; the control ids are the same family and number), else none.
 */
function controlsOfCci(cci) {
    return REV5[cci] ?? REV4_ONLY[cci] ?? [];
}
/** The controls of a rule's CCIs, each once, in CCI order. */
function controlsOfCcis(ccis) {
    return [...new Set(ccis.flatMap(controlsOfCci))];
}
/**
 * The OSCAL id of a control's statement: `CM-6 b` → `cm-6_smt.b`, `AC-11 (1)` → `ac-11.1_smt`,
 * `AC-1 a 1 (a)` → `ac-1_smt.a.1.a` (NIST's 800-53 Rev 5 OSCAL catalog's ids).
 */
function oscalStatementId(control) {
    let id = STATEMENT_IDS.get(control);
    if (id === undefined) {
        id = statementId(control);
        STATEMENT_IDS.set(control, id);
    }
    return id;
}
/** Statement ids already made: a scan names a few hundred controls thousands of times. */
const STATEMENT_IDS = new Map();
function statementId(control) {
    const [family, ...rest] = control.trim().split(/\s+/);
    let id = (family ?? control).toLowerCase();
    const parts = [...rest];
    const enhancement = /^\((\d+)\)$/.exec(parts[0] ?? '');
    if (enhancement) {
        id += `.${enhancement[1]}`;
        parts.shift();
    }
    const items = parts.map((part) => part.replace(/[()]/g, '').toLowerCase()).filter(Boolean);
    return `${id}_smt${items.length > 0 ? `.${items.join('.')}` : ''}`;
}
/** The OSCAL control id: `CM-6 b` → `cm-6`, `AC-11 (1)` → `ac-11.1`. */
function oscalControlId(control) {
    return oscalStatementId(control).replace(/_smt.*$/, '');
}

/**
 * The one place a rule's own scan evidence (what the OVAL/SCE check looked at and found) enters the
 * evidence model: rendered as plain text lines by the reports' own renderer, so every format (CKLB, CKL,
 * OSCAL observations, HDF messages, POA&M descriptions) shows what the Markdown and text reports show.
 */
/** The rule's evidence as plain text lines, or undefined when the scan recorded none for it. */
function ruleEvidence(outcome) {
    return outcome.evidence === undefined ? undefined : { lines: gateFiles.evidenceLines(outcome.evidence) };
}

const SV_ID = /SV-(\d+)(r\d+)?/;
/** `SV-203591r958362`, or the XCCDF id when it has no SV- id. */
function shortRuleId(rule) {
    if (rule.stig.ruleId)
        return `${rule.stig.ruleId}${rule.stig.revision ?? ''}`;
    const match = SV_ID.exec(rule.ruleId);
    return match ? `SV-${match[1]}${match[2] ?? ''}` : rule.ruleId;
}
/** `V-203591`: the file's group id where it has one, else derived from the SV- number, else the rule id. */
function groupId(rule) {
    if (rule.stig.vulnId)
        return rule.stig.vulnId;
    const match = SV_ID.exec(rule.stig.ruleId ?? rule.ruleId);
    return match ? `V-${match[1]}` : rule.ruleId;
}

/** The checklist status of an XCCDF result; undefined for notselected (left out). */
function statusOf(result) {
    switch (result) {
        case 'pass':
        case 'fixed':
            return 'not_a_finding';
        case 'fail':
            return 'open';
        case 'notapplicable':
            return 'not_applicable';
        case 'error':
        case 'unknown':
        case 'notchecked':
        case 'informational':
            return 'not_reviewed';
        case 'notselected':
            return undefined;
    }
}
/** Where the verification part of a GPOS rule's description starts (`Script Verification:`). */
const VERIFICATION = /\b(?:Script |Manual )?Verification:/i;
function splitDescription(description) {
    const text = description ?? '';
    const match = VERIFICATION.exec(text);
    if (!match)
        return { discussion: text, verification: '' };
    return { discussion: text.slice(0, match.index).trim(), verification: text.slice(match.index).trim() };
}
function checkContent(verification, outcome) {
    const automated = outcome.checks.map((check) => {
        const name = [check.name, check.href].filter(Boolean).join(' in ');
        return `Automated check: ${check.system}${name ? ` ${name}` : ''}`;
    });
    return [verification, ...automated].filter(Boolean).join('\n\n');
}
/** Each listed rule's class, and its waiver or inherited match, by rule id. */
function classes(result) {
    const byId = new Map();
    const lists = [
        ['new-failure', result.newFailures],
        ['still-failing', result.stillFailing],
        ['waived', result.waived],
        ['inherited-from-host', result.inheritedFromHost],
        ['fixed', result.fixed],
        ['new-rule', result.newRules],
    ];
    for (const [gateClass, rules] of lists)
        for (const rule of rules)
            byId.set(rule.ruleId, { gateClass, rule });
    return byId;
}
/** The earliest scan known to fail the rule: the baseline's when it failed there too, else this one's. */
function detectedAt(rule, result) {
    const current = result.current.startTime ?? result.current.endTime ?? result.evaluatedAt;
    const baseline = result.baseline?.startTime ?? result.baseline?.endTime;
    const failedBefore = rule?.baselineResult !== undefined && rule.baselineResult !== 'absent' && args.isFailing(rule.baselineResult);
    return failedBefore && baseline ? baseline : current;
}
/**
 * Why a check did not run, in the scanner's words: the rule-result's `<message>`s (OpenSCAP's "No candidate or
 * applicable check found."), else the messages OpenSCAP put on the deciding OVAL tests and their objects
 * (a probe's error). Undefined for a check that ran, or when the scan gave no reason.
 */
function scannerReason(outcome) {
    if (outcome.result !== 'error' && outcome.result !== 'unknown' && outcome.result !== 'notchecked')
        return undefined;
    const cut = (text) => text.length > args.EVIDENCE_LIMITS.valueChars ? `${text.slice(0, args.EVIDENCE_LIMITS.valueChars)}…` : text;
    if (outcome.messages?.length)
        return outcome.messages.map(cut);
    if (outcome.evidence?.kind !== 'oval')
        return undefined;
    const oval = outcome.evidence.tests.flatMap((test) => [...(test.object?.messages ?? []), ...test.messages]);
    return oval.length > 0 ? [...new Set(oval)].map(cut) : undefined;
}
function emptyCounts() {
    return { not_a_finding: 0, open: 0, not_applicable: 0, not_reviewed: 0 };
}
/** Builds the evidence model; a plain function of its input. */
function buildEvidenceModel(input) {
    const { result, current } = input;
    const os = input.facts.image.os ?? recordedImageOs(result.current.facts, current);
    const facts = os ? { ...input.facts, image: { ...input.facts.image, os } } : input.facts;
    const listed = classes(result);
    const counts = emptyCounts();
    const notRun = { error: 0, unknown: 0, notchecked: 0 };
    const rules = [];
    const factText = scanFactLines(facts).join('\n');
    for (const outcome of current.rules) {
        const scanStatus = statusOf(outcome.result);
        if (scanStatus === undefined)
            continue;
        const entry = listed.get(outcome.ruleId);
        const gateClass = entry?.gateClass ?? 'unchanged';
        const status = gateClass === 'inherited-from-host' ? 'not_applicable' : scanStatus;
        const { discussion, verification } = splitDescription(outcome.description);
        const evidence = ruleEvidence(outcome);
        const rule = {
            ruleId: outcome.ruleId,
            stigRuleId: shortRuleId(outcome),
            vulnId: groupId(outcome),
            // STIG Viewer's rule version is the STIG ID (the Rule's <version>), not the SRG the group title names.
            ruleVersion: outcome.stig.version ?? '',
            // The Group's title, as STIG Viewer shows it (DISA titles Groups by SRG); the GPOS stream's Groups are
            // named by check and untitled, so there the Rule's first SRG reference, else its title.
            groupTitle: outcome.stig.groupTitle ?? outcome.stig.srg[0] ?? outcome.title,
            title: outcome.title,
            severity: assessedSeverity(outcome.severity),
            contentSeverity: outcome.severity,
            result: outcome.result,
            status,
            gateClass,
            discussion,
            checkContent: checkContent(verification, outcome),
            checks: outcome.checks,
            fixText: outcome.fixText ?? '',
            ccis: outcome.stig.cci,
            // The content's own SP 800-53 references (SSG's), then DISA's CCI list's controls for its CCIs.
            controls: [...new Set([...(outcome.stig.nist ?? []), ...controlsOfCcis(outcome.stig.cci)])],
            resultText: '',
            findingDetails: '',
            comments: '',
        };
        if (outcome.rationale !== undefined)
            rule.rationale = outcome.rationale;
        if (evidence)
            rule.evidence = evidence;
        const reason = scannerReason(outcome);
        if (reason)
            rule.scannerReason = reason;
        if (entry?.rule.waiver)
            rule.waiver = entry.rule.waiver;
        if (entry?.rule.inherited)
            rule.inherited = entry.rule.inherited;
        if (args.isFailing(outcome.result))
            rule.detectedAt = detectedAt(entry?.rule, result);
        rule.resultText = resultText(rule);
        rule.findingDetails = `${rule.resultText}\n${factText}`;
        rule.comments = comments(rule);
        counts[status] += 1;
        if (outcome.result === 'error' || outcome.result === 'unknown' || outcome.result === 'notchecked')
            notRun[outcome.result] += 1;
        rules.push(rule);
    }
    return {
        tool: input.tool,
        facts,
        verdict: result.verdict,
        reason: result.reason,
        evaluatedAt: result.evaluatedAt,
        policy: { ...result.policy },
        rules,
        benchmarkRules: current.rules.length,
        counts,
        notRun,
    };
}

/** Name-based UUIDs (RFC 9562 version 5): the same names give the same UUID on every run and machine. */
/** stig-gate's namespace for its evidence documents (a random UUID, fixed once). */
const NAMESPACE = Buffer.from('6f1d8a52c3e04b7a9d2e5c8f1a0b3d47', 'hex');
/** A version 5 UUID of `names` (joined with NUL, which no name contains) in stig-gate's namespace. */
function stableUuid(...names) {
    const hash = node_crypto.createHash('sha1').update(NAMESPACE).update(names.join('\u0000')).digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the two STIG Viewer checklists (CKLB and CKL) share: the STIG's identity and the severity. */
/** The prefix DISA's benchmark ids carry and DISA's own checklists (and STIG Manager) leave out. */
const DISA_BENCHMARK_PREFIX = 'xccdf_mil.disa.stig_benchmark_';
/**
 * The STIG's version as DISA's checklists give it: a bare number (`1`), the first number of the
 * benchmark's `<version>` without leading zeros (`001.003` → `1`, `3.2.16` → `3`); `0` when it has none.
 * STIG Manager reads the first digits of the CKL's and takes the CKLB's as written: one value in both
 * gives one revision (`V1R1.3`).
 */
function stigVersionNumber(version) {
    const first = /\d+/.exec(version ?? '')?.[0];
    return first === undefined ? '0' : String(Number.parseInt(first, 10));
}
/** The STIG the checklist is for: the benchmark, as STIG Viewer names it. */
function stigInfo(model) {
    const { benchmark, profile } = model.facts;
    const title = benchmark.title ?? benchmark.id;
    const version = benchmark.version ?? '';
    return {
        stigId: benchmark.id.startsWith(DISA_BENCHMARK_PREFIX)
            ? benchmark.id.slice(DISA_BENCHMARK_PREFIX.length)
            : benchmark.id,
        title,
        version: stigVersionNumber(benchmark.version),
        /**
         * DISA's `release-info` as the benchmark gives it (`Release: 1.3 Benchmark Date: 27 Oct 2021`); for
         * content without one (Chainguard's, SSG's), the whole `<version>` as the release, which STIG Manager
         * reads up to the next space.
         */
        releaseInfo: benchmark.releaseInfo ??
            `Release: ${version || 'unknown'} Benchmark: ${benchmark.id}; profile ${profile.id ?? '(none)'}`,
        /**
         * The same for the same image (every build of one tag: the digest is left out), benchmark and profile,
         * so that a re-scan, of this build or the next, updates one checklist.
         */
        uuid: stableUuid('stig', imageKey.imageKey(model.facts.image.reference), benchmark.id, version, profile.id ?? ''),
        checklistUuid: stableUuid('checklist', imageKey.imageKey(model.facts.image.reference), benchmark.id, version, profile.id ?? ''),
    };
}
/**
 * A rule as DISA's own checklists name it (CKL Rule_ID, CKLB rule_id_src): `SV-203591r958362_rule`; the
 * XCCDF id for a rule with no STIG id (SSG's).
 */
function checklistRuleId(rule) {
    return rule.stigRuleId.startsWith('SV-') ? `${rule.stigRuleId}_rule` : rule.stigRuleId;
}
/**
 * The rule's NIST SP 800-53 controls (`IA-5 f, CM-6 b`) for the checklists' IA Controls field, which DISA's
 * own checklists leave empty: a CKL has no other place for a control the content names without a CCI (SSG
 * rules name SP 800-53 ids as references, many without a CCI), and a CCI_REF alone reaches only tools that
 * carry DISA's CCI list. hdf-converters keeps it as the control's `IA_Controls` tag; STIG Manager ignores it.
 */
function iaControls(rule) {
    return rule.controls.join(', ');
}
/**
 * The host name STIG Viewer shows for a container image: the reference without its digest, the same for
 * every build of the tag (the digest scanned is in the target's comment and each finding's details).
 */
function targetHostName(model) {
    return imageKey.imageKey(model.facts.image.reference);
}
/** The comment STIG Viewer shows for the target: which image digest was scanned, and when. */
function targetComment(model) {
    const { image, endTime, startTime } = model.facts;
    const when = endTime ?? startTime;
    return `Container image ${image.reference}${image.digest ? ` (${image.digest})` : ''}${when ? `, scanned ${when}` : ''}; checklist by ${model.tool.name} ${model.tool.version}`;
}

/**
 * STIG Viewer 2's checklist (`stig-gate.ckl`): XML valid against DISA's U_Checklist_Schema_V2.xsd, with
 * the same content as the CKLB. Written with fast-xml-parser's XMLBuilder, which escapes every text;
 * characters XML 1.0 cannot hold at all (most C0 controls) are replaced with U+FFFD first, as no escape
 * exists for them.
 */
const NOT_XML = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Text XML 1.0 can hold: characters it forbids become U+FFFD (the rest is escaped by the builder). */
function xmlSafe(text) {
    return text.replace(NOT_XML, '\ufffd');
}
const STATUS = {
    not_a_finding: 'NotAFinding',
    open: 'Open',
    not_applicable: 'Not_Applicable',
    not_reviewed: 'Not_Reviewed',
};
function data(name, value) {
    return { VULN_ATTRIBUTE: name, ATTRIBUTE_DATA: xmlSafe(value) };
}
/** The VULN of one rule; STIG_DATA in STIG Viewer's order, CCI_REF last (one per CCI). */
function vuln(rule, stigRef, stigUuid) {
    const check = rule.checks[0];
    return {
        STIG_DATA: [
            data('Vuln_Num', rule.vulnId),
            data('Severity', rule.severity),
            data('Group_Title', rule.groupTitle),
            data('Rule_ID', checklistRuleId(rule)),
            data('Rule_Ver', rule.ruleVersion),
            data('Rule_Title', rule.title),
            data('Vuln_Discuss', rule.discussion),
            data('IA_Controls', iaControls(rule)),
            data('Check_Content', rule.checkContent),
            data('Fix_Text', rule.fixText),
            data('False_Positives', ''),
            data('False_Negatives', ''),
            data('Documentable', 'false'),
            data('Mitigations', ''),
            data('Potential_Impact', ''),
            data('Third_Party_Tools', ''),
            data('Mitigation_Control', ''),
            data('Responsibility', ''),
            data('Security_Override_Guidance', ''),
            data('Check_Content_Ref', check ? (check.name ?? check.system) : ''),
            data('Weight', '10.0'),
            data('Class', 'Unclass'),
            data('STIGRef', stigRef),
            data('TargetKey', ''),
            data('STIG_UUID', stigUuid),
            ...rule.ccis.map((cci) => data('CCI_REF', cci)),
        ],
        STATUS: STATUS[rule.status],
        FINDING_DETAILS: xmlSafe(rule.findingDetails),
        COMMENTS: xmlSafe(rule.comments),
        SEVERITY_OVERRIDE: '',
        SEVERITY_JUSTIFICATION: '',
    };
}
// Unindented: at 2,000 rules indentation is a third of the file and of the time to build it. The CKL has
// no attributes, and in element text only `&` and `<` must be escaped (and `>` in `]]>`), so the builder
// is given those three entities, not its default five, and no path tracking for callbacks it has none of.
const builder = new Builder({
    format: false,
    processEntities: true,
    suppressEmptyNode: false,
    // @ts-expect-error -- fast-xml-parser 5.12 passes it on to fast-xml-builder but does not type it
    jPath: false,
    entities: [
        { regex: /&/g, val: '&amp;' },
        { regex: />/g, val: '&gt;' },
        { regex: /</g, val: '&lt;' },
    ],
});
/** The CKL document, as text. */
function renderCkl(model) {
    const stig = stigInfo(model);
    const stigRef = `${stig.title} :: Version ${stig.version || 'unknown'}`;
    const si = (name, value) => ({ SID_NAME: name, SID_DATA: xmlSafe(value) });
    const document = {
        CHECKLIST: {
            ASSET: {
                ROLE: 'None',
                ASSET_TYPE: 'Computing',
                HOST_NAME: xmlSafe(targetHostName(model)),
                HOST_IP: '',
                HOST_MAC: '',
                HOST_FQDN: '',
                TARGET_COMMENT: xmlSafe(targetComment(model)),
                TECH_AREA: 'UNIX OS',
                TARGET_KEY: '',
                WEB_OR_DATABASE: 'false',
                WEB_DB_SITE: '',
                WEB_DB_INSTANCE: '',
            },
            STIGS: {
                iSTIG: {
                    STIG_INFO: {
                        SI_DATA: [
                            si('version', stig.version),
                            si('classification', 'UNCLASSIFIED'),
                            si('customname', ''),
                            si('stigid', stig.stigId),
                            si('description', ''),
                            si('filename', model.facts.dataStream?.path ?? ''),
                            si('releaseinfo', stig.releaseInfo),
                            si('title', stig.title),
                            si('uuid', stig.uuid),
                            si('notice', 'terms-of-use'),
                            si('source', ''),
                        ],
                    },
                    VULN: model.rules.map((rule) => vuln(rule, xmlSafe(stigRef), stig.uuid)),
                },
            },
        },
    };
    return `<?xml version="1.0" encoding="UTF-8"?>\n<!--${model.tool.name} ${model.tool.version}-->\n${builder.build(document)}`;
}

/**
 * STIG Viewer 3's checklist (`stig-gate.cklb`): JSON, valid against DISA's SV3_CKLB_1_0 schema, which
 * allows no property it does not list at any level. One STIG (the benchmark), one entry per rule of the
 * profile, with STIG Viewer's short ids (see stig-ids.ts) and stable UUIDs.
 */
function cklbRule(rule, stigUuid, model) {
    const check = rule.checks[0];
    return {
        uuid: stableUuid(stigUuid, rule.ruleId),
        stig_uuid: stigUuid,
        target_key: null,
        stig_ref: null,
        group_id: rule.vulnId,
        group_id_src: rule.vulnId,
        // As STIG Viewer 3 writes them (`SV-203739r987791`, `SV-203739r987791_rule`): STIG Manager matches
        // rule_id_src, cut to 45 characters, with its rules; the full XCCDF id matches none.
        rule_id: rule.stigRuleId,
        rule_id_src: checklistRuleId(rule),
        weight: '10.0',
        classification: 'Unclassified',
        severity: rule.severity,
        rule_version: rule.ruleVersion,
        group_title: rule.groupTitle,
        rule_title: rule.title,
        fix_text: rule.fixText,
        false_positives: '',
        false_negatives: '',
        discussion: rule.discussion,
        check_content: rule.checkContent,
        documentable: 'false',
        mitigations: '',
        potential_impacts: '',
        third_party_tools: '',
        mitigation_control: '',
        responsibility: '',
        security_override_guidance: '',
        ia_controls: iaControls(rule),
        check_content_ref: check ? { name: check.name ?? check.system, href: check.href ?? '' } : null,
        legacy_ids: [],
        ccis: rule.ccis,
        group_tree: [
            { id: rule.vulnId, title: rule.groupTitle, description: '<GroupDescription></GroupDescription>' },
        ],
        createdAt: model.evaluatedAt,
        updatedAt: model.evaluatedAt,
        status: rule.status,
        overrides: {},
        comments: rule.comments,
        finding_details: rule.findingDetails,
    };
}
/** The CKLB document as a plain object (JSON.stringify it). */
function renderCklb(model) {
    const stig = stigInfo(model);
    return {
        title: `${model.tool.name}: ${model.facts.image.reference} (${stig.title})`,
        id: stig.checklistUuid,
        active: false,
        mode: 2,
        has_path: true,
        target_data: {
            target_type: 'Computing',
            host_name: targetHostName(model),
            ip_address: '',
            mac_address: '',
            fqdn: '',
            comments: targetComment(model),
            role: 'None',
            is_web_database: false,
            technology_area: 'UNIX OS',
            web_db_site: '',
            web_db_instance: '',
        },
        stigs: [
            {
                stig_name: stig.title,
                display_name: stig.title,
                stig_id: stig.stigId,
                // Not in the published SV3_CKLB_1_0 schema, but STIG Viewer 3 writes it ("1") and STIG Manager
                // reads the revision from it (V<version>R<release>): without it, V0.
                version: stig.version,
                release_info: stig.releaseInfo,
                uuid: stig.uuid,
                reference_identifier: null,
                // The STIG's whole size: fewer rules than this says the checklist is partial (the profile's).
                size: model.benchmarkRules,
                rules: model.rules.map((rule) => cklbRule(rule, stig.uuid, model)),
            },
        ],
        cklb_version: '1.0',
    };
}

/** Heimdall's impact for each severity (an `unknown` one is already high: see severity.ts). */
const IMPACT = { high: 0.7, medium: 0.5, low: 0.3 };
function result(rule, start) {
    const base = { code_desc: `${rule.stigRuleId}: OpenSCAP result ${rule.result}`, start_time: start };
    switch (rule.status) {
        case 'not_a_finding':
            return { ...base, status: 'passed' };
        case 'open':
            return { ...base, status: 'failed', message: rule.resultText };
        case 'not_applicable':
            return {
                ...base,
                status: 'skipped',
                skip_message: rule.comments || rule.rationale || `OpenSCAP result ${rule.result}`,
            };
        case 'not_reviewed':
            return {
                ...base,
                status: 'skipped',
                skip_message: rule.resultText,
            };
    }
}
function control(rule, start, id) {
    // `desc` is the default description; Heimdall shows `check` and `fix` beside it.
    const descriptions = [
        ...(rule.checkContent ? [{ label: 'check', data: rule.checkContent }] : []),
        ...(rule.fixText ? [{ label: 'fix', data: rule.fixText }] : []),
    ];
    return {
        id,
        title: rule.title,
        desc: rule.discussion || rule.title,
        ...(descriptions.length > 0 && { descriptions }),
        impact: rule.status === 'not_applicable' ? 0 : IMPACT[rule.severity],
        refs: [],
        tags: {
            severity: rule.severity,
            gid: rule.vulnId,
            rid: rule.stigRuleId,
            rule_id: rule.ruleId,
            stig_id: rule.ruleVersion,
            gtitle: rule.groupTitle,
            cci: rule.ccis,
            nist: rule.controls,
            xccdf_result: rule.result,
            gate_class: rule.gateClass,
        },
        code: null,
        source_location: {},
        results: [result(rule, start)],
        ...(rule.waiver && {
            waiver_data: {
                justification: rule.waiver.reason,
                ...(rule.waiver.expires && { expiration_date: rule.waiver.expires }),
                message: rule.comments,
                run: true,
            },
        }),
    };
}
/**
 * Each rule's control id: its group id (`V-203591`, as Heimdall's STIG views expect), or its rule id when
 * several rules share one group (Heimdall merges controls of one id).
 */
function uniqueControlIds(rules) {
    const uses = new Map();
    for (const rule of rules)
        uses.set(rule.vulnId, (uses.get(rule.vulnId) ?? 0) + 1);
    return new Map(rules.map((rule) => [rule, uses.get(rule.vulnId) === 1 ? rule.vulnId : rule.stigRuleId]));
}
/** What Heimdall shows after "Platform:" when the scan recorded no OS for the image. */
const OS_NOT_RECORDED = 'OS not recorded by the scan';
/**
 * What was scanned: the image, and its OS as the scan recorded it. Heimdall shows `name` and `release`
 * run together (`${name}${release}`, as InSpec's `debian` `12` reads `debian12`), so the release starts
 * with its own separator: `app:1.0 (Debian GNU/Linux 12 (bookworm))`.
 */
function platform(facts) {
    const { reference, digest, os } = facts.image;
    return {
        name: reference,
        release: ` (${os ?? OS_NOT_RECORDED})`,
        target_id: digest ? `${reference} (${digest})` : reference,
    };
}
/**
 * The scan's duration in seconds, from the TestResult's start and end times (oscap writes whole seconds:
 * 0 is a scan of less than one); null when either is missing or they make no sense.
 */
function scanSeconds(facts) {
    if (!facts.startTime || !facts.endTime)
        return null;
    const seconds = (Date.parse(facts.endTime) - Date.parse(facts.startTime)) / 1000;
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
/** The HDF document as a plain object (JSON.stringify it). */
function renderHdf(model) {
    const { facts } = model;
    const controlIds = uniqueControlIds(model.rules);
    const start = facts.startTime ?? model.evaluatedAt;
    return {
        platform: platform(facts),
        version: model.tool.version,
        statistics: { duration: scanSeconds(facts) },
        profiles: [
            {
                name: facts.benchmark.id,
                version: facts.benchmark.version ?? null,
                title: facts.benchmark.title ?? facts.benchmark.id,
                summary: `${model.tool.name}: ${model.reason}`,
                sha256: facts.dataStream?.sha256 ?? '',
                supports: [],
                attributes: [],
                groups: [],
                status: 'loaded',
                controls: model.rules.map((rule) => control(rule, start, controlIds.get(rule))),
            },
        ],
        passthrough: {
            generator: `${model.tool.name} ${model.tool.version}`,
            profile: facts.profile.id ?? null,
            image: facts.image,
            scanner: facts.scanner ?? null,
        },
    };
}

/**
 * What the two OSCAL 1.2.2 documents share: metadata, properties (OSCAL's strings may not be empty or
 * start or end with whitespace), Markdown-escaped text for its markup fields, the assessed image as an
 * inventory item and stig-gate as the tool component.
 */
const OSCAL_VERSION = '1.2.2';
/** FedRAMP's namespace for its OSCAL extensions. */
const FEDRAMP_NS = 'https://fedramp.gov/ns/oscal';
/** stig-gate's own properties (OSCAL's default namespace is OSCAL's). */
const STIG_GATE_NS = 'urn:stig-gate:oscal';
/**
 * The characters with a meaning anywhere in a CommonMark line (escapes, code, emphasis, links, HTML,
 * entities, tables, strikethrough), and those that start a block at the start of a line (headings,
 * lists, quotes, thematic breaks, setext underlines). CommonMark lets each be backslash-escaped.
 */
const INLINE = /[\\`*_[\]<>&|~!]/g;
const BLOCK_START = /^([ \t]*)([#>+=-])/gm;
const ORDERED_ITEM = /^([ \t]*\d+)([.)])/gm;
/**
 * Text for an OSCAL markup field (Markdown): its Markdown punctuation backslash-escaped, so no Markdown
 * or HTML in scan text takes effect and it renders as written. Never empty (OSCAL requires text).
 */
function markdown(text) {
    const escaped = text
        .replace(INLINE, '\\$&')
        .replace(BLOCK_START, '$1\\$2')
        .replace(ORDERED_ITEM, '$1\\$2')
        .trim();
    return escaped === '' ? '\\-' : escaped;
}
/** A property; undefined (to leave out) when the value is empty, as OSCAL allows no empty string. */
function prop(name, value, ns) {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    if (!trimmed)
        return undefined;
    return { name, value: trimmed, ...(ns && { ns }) };
}
/** Properties with the empty ones left out; undefined when none is left (OSCAL arrays may not be empty). */
function props(...list) {
    const kept = list.filter((item) => item !== undefined);
    return kept.length > 0 ? kept : undefined;
}
/** An ISO 8601 time with a time zone (OSCAL requires one), from a scan time or the gate's clock. */
function oscalTime(time, fallback) {
    const date = new Date(time ?? fallback);
    return Number.isNaN(date.getTime()) ? new Date(fallback).toISOString() : date.toISOString();
}
/** A document's metadata: title, the gate's time as last modified, stig-gate's version. */
function metadata(model, title) {
    return {
        title: markdown(title),
        'last-modified': oscalTime(model.evaluatedAt, model.evaluatedAt),
        version: model.tool.version,
        'oscal-version': OSCAL_VERSION,
        props: props(prop('generator', `${model.tool.name} ${model.tool.version}`)),
    };
}
const DOCUMENT_IDS = new WeakMap();
function documentIds(model) {
    let ids = DOCUMENT_IDS.get(model);
    if (!ids) {
        const { image, benchmark, profile, startTime, endTime } = model.facts;
        const key = [
            image.reference,
            image.digest ?? '',
            benchmark.id,
            benchmark.version ?? '',
            profile.id ?? '',
            startTime ?? model.evaluatedAt,
        ];
        ids = {
            key,
            image: stableUuid('inventory-item', ...key),
            tool: stableUuid('tool', model.tool.name, model.tool.version),
            collected: oscalTime(endTime ?? startTime, model.evaluatedAt),
        };
        DOCUMENT_IDS.set(model, ids);
    }
    return ids;
}
/** The names every document of one scan derives its UUIDs from: image, digest, benchmark, profile, time. */
function scanKey(model) {
    return documentIds(model).key;
}
/** The scanned image's inventory item. */
function imageItemUuid(model) {
    return documentIds(model).image;
}
/** stig-gate's tool component. */
function toolUuid(model) {
    return documentIds(model).tool;
}
/** The scanned image, as an inventory item. */
function imageInventoryItem(model) {
    const { image } = model.facts;
    return {
        uuid: imageItemUuid(model),
        description: markdown(`Container image ${image.reference}${image.digest ? ` (${image.digest})` : ''}`),
        props: props(prop('asset-type', 'container-image'), prop('asset-id', image.digest ? `${image.reference}@${image.digest.replace(/^.*@/, '')}` : image.reference)),
    };
}
/** stig-gate with OpenSCAP, as the component that made the observations. */
function toolComponent(model) {
    const { scanner } = model.facts;
    return {
        uuid: toolUuid(model),
        type: 'software',
        title: markdown(`${model.tool.name} ${model.tool.version}`),
        description: markdown(`OpenSCAP${scanner?.openscapVersion ? ` ${scanner.openscapVersion}` : ''}${scanner?.reference ? ` in ${scanner.reference}` : ''}, gated by ${model.tool.name}`),
        status: { state: 'operational' },
    };
}
const RULE_IDS = new WeakMap();
function ruleIds(model, rule) {
    let ids = RULE_IDS.get(rule);
    if (!ids) {
        const key = scanKey(model);
        ids = {
            observation: stableUuid('observation', ...key, rule.ruleId),
            risk: stableUuid('risk', ...key, rule.ruleId),
            finding: stableUuid('finding', ...key, rule.ruleId),
        };
        RULE_IDS.set(rule, ids);
    }
    return ids;
}
/** The rule's observation: the same in the assessment results and the POA&M. */
function observationUuid(model, rule) {
    return ruleIds(model, rule).observation;
}
/** The rule's risk: the same in the assessment results and the POA&M. */
function riskUuid(model, rule) {
    return ruleIds(model, rule).risk;
}
/** The rule's finding in the assessment results. */
function findingUuid(model, rule) {
    return ruleIds(model, rule).finding;
}
/** An observation of one rule: what the scan found, with its evidence. */
function observation(model, rule) {
    return {
        uuid: observationUuid(model, rule),
        title: markdown(`${rule.stigRuleId}: ${rule.title}`),
        description: markdown(`OpenSCAP evaluated ${rule.ruleId}: ${rule.result}.`),
        props: props(prop('stig-rule-id', rule.stigRuleId), prop('stig-group-id', rule.vulnId), prop('xccdf-rule-id', rule.ruleId), prop('xccdf-result', rule.result), prop('checklist-status', rule.status), prop('severity', rule.severity), prop('gate-class', rule.gateClass), ...rule.ccis.map((cci) => prop('cci', cci)), ...rule.controls.map((id) => prop('control', id))),
        methods: ['TEST'],
        types: ['finding'],
        origins: [{ actors: [{ type: 'tool', 'actor-uuid': toolUuid(model) }] }],
        subjects: [{ 'subject-uuid': imageItemUuid(model), type: 'inventory-item' }],
        'relevant-evidence': [{ href: 'stig-gate.cklb', description: markdown(rule.resultText) }],
        collected: documentIds(model).collected,
        ...(rule.comments && { remarks: markdown(rule.comments) }),
    };
}
/** A risk for an open finding (or an inherited-from-host false positive), with FedRAMP's properties. */
function risk(model, rule, deadline, rating) {
    const inherited = rule.gateClass === 'inherited-from-host';
    const status = inherited ? 'deviation-requested' : rule.waiver ? 'deviation-approved' : 'open';
    return {
        uuid: riskUuid(model, rule),
        title: markdown(`${rule.stigRuleId}: ${rule.title}`),
        description: markdown(rule.discussion || rule.title),
        statement: markdown(rule.resultText),
        // As FedRAMP's OSCAL POA&M guide (§4.2.4, §4.5) says: impacted controls by their OSCAL ids (`ac-17.2`),
        // a deviation's property only where there is one, with its lifecycle value (a reviewed false positive
        // awaits approval; a user's waiver is the approval of an operational requirement), and the initial
        // likelihood and impact every entry must have, both the STIG category's rating.
        props: props(...[...new Set(rule.controls.map(oscalControlId))].map((id) => prop('impacted-control-id', id, FEDRAMP_NS)), inherited ? prop('false-positive', 'pending', FEDRAMP_NS) : undefined, rule.waiver && !inherited ? prop('operational-requirement', 'approved', FEDRAMP_NS) : undefined),
        status,
        characterizations: [
            {
                origin: { actors: [{ type: 'tool', 'actor-uuid': toolUuid(model) }] },
                facets: ['likelihood', 'impact'].map((name) => ({
                    name,
                    system: 'https://fedramp.gov',
                    value: rating.toLowerCase(),
                    props: [{ name: 'state', value: 'initial' }],
                })),
            },
        ],
        deadline: oscalTime(`${deadline}T23:59:59Z`, model.evaluatedAt),
        ...(rule.comments && {
            'mitigating-factors': [
                {
                    uuid: stableUuid('mitigating-factor', riskUuid(model, rule)),
                    description: markdown(rule.comments),
                },
            ],
        }),
        'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
    };
}

/**
 * What the POA&M formats (the FedRAMP CSV and OSCAL's plan of action) share: which rules get an item,
 * their risk rating, and the FedRAMP remediation timeline.
 */
/** FedRAMP's remediation timeline (days from detection) per risk rating. */
const REMEDIATION_DAYS = { High: 30, Moderate: 90, Low: 180 };
/** CAT I/II/III → High/Moderate/Low (severity.ts has already rated unknown high and info low). */
function riskRating(severity) {
    return RISK[severity];
}
const RISK = { high: 'High', medium: 'Moderate', low: 'Low' };
/**
 * The rules with a POA&M item: every Open finding (unwaived and waived), and each failure set apart as
 * inherited from the host, marked a false positive (the checklist shows it Not Applicable); most
 * severe first.
 */
function poamRules(model) {
    return model.rules
        .filter((rule) => rule.status === 'open' || rule.gateClass === 'inherited-from-host')
        .sort((a, b) => args.severityRank(a.severity) - args.severityRank(b.severity) ||
        args.compareIds(a.stigRuleId, b.stigRuleId) ||
        args.compareIds(a.ruleId, b.ruleId));
}
/** `YYYY-MM-DD` of an ISO time (its UTC day); the text as given when it is not a time. */
function isoDay(time) {
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? time : date.toISOString().slice(0, 10);
}
/** The scheduled completion: the waiver's expiry, else detection plus FedRAMP's days for the rating. */
function scheduledCompletion(rule, model) {
    if (rule.waiver?.expires)
        return rule.waiver.expires;
    const detected = new Date(rule.detectedAt ?? model.evaluatedAt);
    const base = Number.isNaN(detected.getTime()) ? new Date(model.evaluatedAt) : detected;
    const due = new Date(base.getTime() + REMEDIATION_DAYS[riskRating(rule.severity)] * 86_400_000);
    return due.toISOString().slice(0, 10);
}
/** Who found it: OpenSCAP, with the benchmark and data stream. */
function detectorSource(model) {
    const { scanner, benchmark, dataStream } = model.facts;
    const version = scanner?.openscapVersion ? ` ${scanner.openscapVersion}` : '';
    const bench = [benchmark.id, benchmark.version].filter(Boolean).join(' version ');
    const stream = dataStream?.sha256 ? ` (data stream sha256 ${dataStream.sha256})` : '';
    return `OpenSCAP${version}: ${bench}${stream}`;
}
/** The asset: the image with its digest. */
function assetIdentifier(model) {
    const { image } = model.facts;
    return image.digest ? `${image.reference} (${image.digest})` : image.reference;
}
/** The remediation plan: the benchmark's fix text, else the check to make pass. */
function remediationPlan(rule) {
    if (rule.fixText)
        return rule.fixText;
    return `Harden the image so that ${rule.stigRuleId} passes; the check: ${rule.checkContent || rule.title}`;
}
/** The deviation rationale: the waiver's reason, or the inherited-from-host review. */
function deviationRationale(rule) {
    if (rule.waiver)
        return rule.waiver.reason;
    if (rule.inherited)
        return `${rule.inherited.categoryText} ${rule.inherited.rationale}`.trim();
    return '';
}

/**
 * What a finding of a rule that names no CCI targets: OSCAL requires a target, and CM-6 b (implement the
 * configuration settings, DISA's CCI-000366) is where DISA places a STIG's settings. Said so in the target's
 * title and a property, as no input named it.
 */
const ASSUMED_CONTROL = 'CM-6 b';
function finding(model, rule) {
    const named = rule.controls[0];
    const control = named ?? ASSUMED_CONTROL;
    const title = named
        ? `${control} (${oscalControlId(control)})`
        : `${control} (${oscalControlId(control)}), assumed: the rule names no CCI, and configuration settings are where DISA places a STIG's rules`;
    return {
        uuid: findingUuid(model, rule),
        title: markdown(`${rule.stigRuleId}: ${rule.title}`),
        description: markdown(rule.resultText),
        props: props(...rule.controls.map((id) => prop('control', id)), named ? undefined : prop('control-assumed', ASSUMED_CONTROL, STIG_GATE_NS)),
        target: {
            type: 'statement-id',
            'target-id': oscalStatementId(control),
            title: markdown(title),
            status: { state: 'not-satisfied', reason: 'fail' },
        },
        'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
        'related-risks': [{ 'risk-uuid': riskUuid(model, rule) }],
        ...(rule.comments && { remarks: markdown(rule.comments) }),
    };
}
/** The assessment-results document as a plain object (JSON.stringify it). */
function renderOscalAssessmentResults(model) {
    const open = model.rules.filter((rule) => rule.status === 'open');
    const { facts } = model;
    const findings = open.map((rule) => finding(model, rule));
    const risks = open.map((rule) => risk(model, rule, scheduledCompletion(rule, model), riskRating(rule.severity)));
    const observations = model.rules.map((rule) => observation(model, rule));
    return {
        'assessment-results': {
            uuid: stableUuid('assessment-results', ...scanKey(model)),
            metadata: metadata(model, `STIG assessment of ${facts.image.reference}: ${facts.benchmark.title ?? facts.benchmark.id}`),
            'import-ap': {
                href: '#',
                remarks: markdown('No assessment plan: the scan itself is the plan (see evidence.json).'),
            },
            results: [
                {
                    uuid: stableUuid('result', ...scanKey(model)),
                    title: markdown(`${facts.benchmark.title ?? facts.benchmark.id}, profile ${facts.profile.id ?? '(none)'}`),
                    description: markdown(`${model.tool.name}: ${model.reason}`),
                    start: oscalTime(facts.startTime, model.evaluatedAt),
                    ...(facts.endTime && { end: oscalTime(facts.endTime, model.evaluatedAt) }),
                    props: props(prop('verdict', model.verdict), prop('benchmark-id', facts.benchmark.id), prop('benchmark-version', facts.benchmark.version), prop('profile-id', facts.profile.id), prop('data-stream-sha256', facts.dataStream?.sha256)),
                    'local-definitions': {
                        components: [toolComponent(model)],
                        'inventory-items': [imageInventoryItem(model)],
                    },
                    'reviewed-controls': {
                        'control-selections': [{ 'include-all': {} }],
                    },
                    ...(observations.length > 0 && { observations }),
                    ...(risks.length > 0 && { risks }),
                    ...(findings.length > 0 && { findings }),
                },
            ],
        },
    };
}

function item(model, rule) {
    return {
        uuid: stableUuid('poam-item', ...scanKey(model), rule.ruleId),
        title: markdown(`${rule.stigRuleId}: ${rule.title}`),
        description: markdown(rule.discussion || rule.title),
        props: props(prop('POAM-ID', rule.stigRuleId, FEDRAMP_NS)),
        'related-observations': [{ 'observation-uuid': observationUuid(model, rule) }],
        'related-risks': [{ 'risk-uuid': riskUuid(model, rule) }],
        ...(rule.comments && { remarks: markdown(rule.comments) }),
    };
}
/**
 * The plan-of-action-and-milestones document as a plain object (JSON.stringify it); undefined when
 * nothing is open, as OSCAL requires at least one POA&M item.
 */
function renderOscalPoam(model) {
    const rules = poamRules(model);
    const [first, ...rest] = rules.map((rule) => item(model, rule));
    if (first === undefined)
        return undefined;
    const { facts } = model;
    return {
        'plan-of-action-and-milestones': {
            uuid: stableUuid('poam', ...scanKey(model)),
            metadata: metadata(model, `POA&M for ${facts.image.reference}: ${facts.benchmark.title ?? facts.benchmark.id}`),
            'system-id': {
                'identifier-type': 'http://ietf.org/rfc/rfc4122',
                // The system is the image, whatever build: a POA&M's system stays one from month to month.
                id: stableUuid('system', imageKey.imageKey(facts.image.reference)),
            },
            'local-definitions': {
                components: [toolComponent(model)],
                'inventory-items': [imageInventoryItem(model)],
            },
            ...(rules.length > 0 && {
                observations: rules.map((rule) => observation(model, rule)),
                risks: rules.map((rule) => risk(model, rule, scheduledCompletion(rule, model), riskRating(rule.severity))),
            }),
            'poam-items': [first, ...rest],
        },
    };
}

// Lodash implementation of `get`

const charCodeOfDot = ".".charCodeAt(0);
const reEscapeChar = /\\(\\)?/g;
const rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  "[^.[\\]]+" +
    "|" +
    // Or match property names within brackets.
    "\\[(?:" +
    // Match a non-string expression.
    "([^\"'][^[]*)" +
    "|" +
    // Or match strings (supports escaping characters).
    "([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2" +
    ")\\]" +
    "|" +
    // Or match "" as the space between consecutive dots or empty brackets.
    "(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))",
  "g",
);
const reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
const reIsPlainProp = /^\w*$/;

const getTag = function (value) {
  // if (!value) value === undefined ? "[object Undefined]" : "[object Null]";
  return Object.prototype.toString.call(value);
};

const isSymbol = function (value) {
  const type = typeof value;
  return (
    type === "symbol" ||
    (type === "object" && value && getTag(value) === "[object Symbol]")
  );
};

const isKey = function (value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (
    type === "number" ||
    type === "symbol" ||
    type === "boolean" ||
    !value ||
    isSymbol(value)
  ) {
    return true;
  }
  return (
    reIsPlainProp.test(value) ||
    !reIsDeepProp.test(value) ||
    (object != null && value in Object(object))
  );
};

const stringToPath = function (string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function (match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};

const castPath = function (value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};

const toKey = function (value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};

const get = function (object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : undefined;
};

const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

const normalize_columns = function (columns) {
  if (columns === undefined || columns === null) {
    return [undefined, undefined];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k],
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column,
        });
      } else if (
        typeof column === "object" &&
        column !== null &&
        !Array.isArray(column)
      ) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required'),
          ];
        }
        if (column.header === undefined) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object"),
        ];
      }
    }
    columns = newcolumns;
  }
  return [undefined, columns];
};

class CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString()
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}

const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};

const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`,
      ]),
    ];
  }
  // Normalize option `delimiter`
  if (options.delimiter === undefined || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`,
      ]),
    ];
  }
  // Normalize option `quote`
  if (options.quote === undefined || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`,
      ]),
    ];
  }
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  }
  // Normalize option `escape_formulas`
  if (
    options.escape_formulas === undefined ||
    options.escape_formulas === null
  ) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`,
      ]),
    ];
  }
  // Normalize option `quoted_empty`
  if (options.quoted_empty === undefined || options.quoted_empty === null) {
    options.quoted_empty = undefined;
  }
  // Normalize option `quoted_match`
  if (
    options.quoted_match === undefined ||
    options.quoted_match === null ||
    options.quoted_match === false
  ) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`,
          ]),
        ];
      }
    }
  }
  // Normalize option `quoted_string`
  if (options.quoted_string === undefined || options.quoted_string === null) {
    options.quoted_string = false;
  }
  // Normalize option `eof`
  if (options.eof === undefined || options.eof === null) {
    options.eof = true;
  }
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`,
      ),
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`,
      ),
    ];
  }
  // Normalize option `header`
  if (
    options.header === undefined ||
    options.header === null ||
    options.header === false
  ) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`,
      ],
      options,
    );
  }
  // Normalize option `headers_as_comment`
  if (
    options.header_as_comment === undefined ||
    options.header_as_comment === null ||
    options.header_as_comment === false
  ) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`,
      ],
      options,
    );
  }
  // if (options.header_as_comment && !options.comment?.length) {
  //   throw new CsvError(
  //     "CSV_INVALID_OPTION_COMMENT",
  //     [
  //       "option `comment` must be a non empty string or buffer when using `header_as_comment`,",
  //       `got ${JSON.stringify(options.comment)}`,
  //     ],
  //     options,
  //   );
  // }
  // Header is always enabled with `header_as_comment`
  // if (options.header_as_comment === true) {
  //   options.header = true;
  // }
  // Normalize option `columns`
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== undefined) return [errColumns];
  options.columns = columns;
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  }
  // Normalize option `cast`
  if (options.cast === undefined || options.cast === null) {
    options.cast = {};
  }
  // Normalize option cast.bigint
  if (options.cast.bigint === undefined || options.cast.bigint === null) {
    // Cast boolean to string by default
    options.cast.bigint = (value) => "" + value;
  }
  // Normalize option cast.boolean
  if (options.cast.boolean === undefined || options.cast.boolean === null) {
    // Cast boolean to string by default
    options.cast.boolean = (value) => (value ? "1" : "");
  }
  // Normalize option cast.date
  if (options.cast.date === undefined || options.cast.date === null) {
    // Cast date to timestamp string by default
    options.cast.date = (value) => "" + value.getTime();
  }
  // Normalize option cast.number
  if (options.cast.number === undefined || options.cast.number === null) {
    // Cast number to string using native casting by default
    options.cast.number = (value) => "" + value;
  }
  // Normalize option cast.object
  if (options.cast.object === undefined || options.cast.object === null) {
    // Stringify object as JSON by default
    options.cast.object = (value) => JSON.stringify(value);
  }
  // Normalize option cast.string
  if (options.cast.string === undefined || options.cast.string === null) {
    // Leave string untouched
    options.cast.string = function (value) {
      return value;
    };
  }
  // Normalize option `on_record`
  if (
    options.on_record !== undefined &&
    typeof options.on_record !== "function"
  ) {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  // Normalize option `quote_record_delimiter`
  if (
    options.quote_record_delimiter === undefined ||
    options.quote_record_delimiter === null
  ) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`,
      ]),
    ];
  }
  // Normalize option `record_delimiter`
  if (
    options.record_delimiter === undefined ||
    options.record_delimiter === null
  ) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`,
      ),
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "\u001e";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [undefined, options];
};

const bom_utf8 = Buffer.from([239, 187, 191]);
// True when appending `separator` after `value` would let `parse` find
// `separator` starting inside `value`. Besides the field containing the whole
// separator, this also covers boundary fusion: a field whose tail is a
// non-empty prefix of a multi-character separator merges with the appended
// separator (eg value "a:" + delimiter "::" => "a:::", matched at offset 1).
// Such fields must be quoted to round-trip, like RFC 4180 fields containing the
// delimiter, generalized to multi-character delimiters and record delimiters.
const emits_separator = function (value, separators) {
  return separators.some(
    (separator) =>
      separator.length !== 0 &&
      (value.indexOf(separator) !== -1 ||
        (separator.length > 1 &&
          (value + separator).indexOf(separator) < value.length)),
  );
};
// True when `value` matches one of the `quoted_match` patterns. The regexps
// come from the user and the same objects are reused for every field, so the
// test must not depend on their state: `RegExp.prototype.test` advances
// `lastIndex` on a global or sticky regexp, which would make a match in one
// field move where the next field starts matching. `String.prototype.search`
// searches from the start and restores `lastIndex`, and is equivalent to
// `test` for the stateless regexps.
const matches_quoted_match = function (value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some((pattern) =>
    typeof pattern === "string"
      ? value.indexOf(pattern) !== -1
      : value.search(pattern) !== -1,
  );
};

const stringifier = function (options, state, info) {
  return {
    options: options,
    state: state,
    info: info,
    __transform: function (chunk, push) {
      // Chunk validation
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`,
        );
      }
      // Detect columns from the first record
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (
            this.options.header === true &&
            this.options.columns === undefined
          ) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records",
            );
          }
        } else if (this.options.columns === undefined) {
          const [err, columns] = normalize_columns(Object.keys(chunk));
          if (err) return;
          this.options.columns = columns;
        }
      }
      // Emit the header
      if (this.info.records === 0) {
        this.bom(push);
        const err = this.headers(push);
        if (err) return err;
      }
      // Emit and stringify the record if an object or an array
      try {
        // this.emit('record', chunk, this.info.records);
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err) {
        return err;
      }
      // Convert the record into a string
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      // Emit the csv
      this.info.records++;
      push(chunk_string);
    },
    stringify: function (chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [undefined, chunk];
      }
      const { columns } = this.options;
      const record = [];
      // Record is an array
      if (Array.isArray(chunk)) {
        // We are getting an array but the user has specified output columns. In
        // this case, we respect the columns indexes
        const length = columns
          ? Math.min(chunk.length, columns.length)
          : chunk.length;
        // Cast record elements
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
        // Record is a literal object
        // `columns` is always defined: it is either provided or discovered.
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options, err;

        let [value, field] = record[i];
        if (typeof value === "string") {
          options = this.options;
        } else if (is_object(value)) {
          // Value is considerered as a mix of a value and options
          options = { ...value };
          value = options.value;
          delete options.value;
          if (
            typeof value !== "string" &&
            value !== undefined &&
            value !== null
          ) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`,
                ),
              ];
          }
          // Merge global options with the ones returned by cast
          options = { ...this.options, ...options };
          [err, options] = normalize_options(options);
          if (err !== undefined) {
            return [err];
          }
        } else if (value === undefined || value === null) {
          options = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`,
            ),
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas,
        } = options;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote =
            quotedMatch ||
            true === quoted_empty ||
            (true === quoted_string && false !== quoted_empty);
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`,
              ),
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          // Testing `\n` and `\r` covers the three sequences `parse` discovers
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...(quote_record_delimiter === false ? [] : ["\n", "\r"]),
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          // See https://github.com/adaltas/node-csv/pull/387
          // More about CSV injection or formula injection, when websites embed
          // untrusted input inside CSV files:
          // https://owasp.org/www-community/attacks/CSV_Injection
          // http://georgemauer.net/2017/10/07/csv-injection.html
          // Apple Numbers unicode normalization is empirical from testing
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "\t":
              case "\r":
              case "\uFF1D": // Unicode '='
              case "\uFF0B": // Unicode '+'
              case "\uFF0D": // Unicode '-'
              case "\uFF20": // Unicode '@'
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote =
            containsQuote === true ||
            containsdelimiter ||
            containsRecordDelimiter ||
            quoted ||
            quotedString ||
            quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (
          quoted_empty === true ||
          (field === "" && quoted_string === true && quoted_empty !== false)
        ) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [undefined, csvrecord];
    },
    bom: function (push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function (push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === undefined) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function (value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          // Fine for 99% of the cases
          return [undefined, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [undefined, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [undefined, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [undefined, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [undefined, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [undefined, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== undefined) {
          return [undefined, this.options.cast.null(value, context)];
        } else if (
          value === undefined &&
          this.options.cast.undefined !== undefined
        ) {
          return [undefined, this.options.cast.undefined(value, context)];
        } else {
          return [undefined, value];
        }
      } catch (err) {
        return [err];
      }
    },
  };
};

/*
CSV Stringify

Please look at the [Sync API](https://csv.js.org/stringify/api/sync/) for
additional information.
*/


const stringify = function (records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== undefined) throw err;
  const state = {
    stop: false,
  };
  // Information
  const info = {
    records: 0,
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err = api.__transform(record, function (record) {
      data.push(record);
    });
    if (err !== undefined) throw err;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err = api.headers((headers) => {
      data.push(headers);
    });
    if (err !== undefined) throw err;
  }
  return data.join("");
};

/**
 * The FedRAMP POA&M's "Open POA&M Items" sheet as CSV (`stig-gate-poam.csv`): one row per item (see
 * {@link poamRules}), the template's columns in its order. csv-stringify writes RFC 4180 (CRLF, quotes
 * doubled, every cell with a comma, quote, CR or LF quoted) and neutralises formulas: a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (rule text and evidence come
 * from the scanned image).
 */
/** The FedRAMP POA&M template's "Open POA&M Items" columns, in order. */
const POAM_COLUMNS = [
    'POAM ID',
    'Controls',
    'Weakness Name',
    'Weakness Description',
    'Weakness Detector Source',
    'Weakness Source Identifier',
    'Asset Identifier',
    'Point of Contact',
    'Resources Required',
    'Overall Remediation Plan',
    'Original Detection Date',
    'Scheduled Completion Date',
    'Planned Milestones',
    'Milestone Changes',
    'Status Date',
    'Vendor Dependency',
    'Last Vendor Check-in Date',
    'Vendor Dependent Product Name',
    'Original Risk Rating',
    'Adjusted Risk Rating',
    'Risk Adjustment',
    'False Positive',
    'Operational Requirement',
    'Deviation Rationale',
    'Supporting Documents',
    'Comments',
    'Auto-Approve',
];
function row(rule, model) {
    const due = scheduledCompletion(rule, model);
    const inherited = rule.gateClass === 'inherited-from-host';
    const description = [rule.discussion, rule.findingDetails].filter(Boolean).join('\n\n');
    return [
        `${rule.stigRuleId}`,
        rule.controls.join(', '),
        rule.title,
        description,
        detectorSource(model),
        [`${rule.stigRuleId} (${rule.vulnId})`, rule.ruleId, ...rule.ccis].join('; '),
        assetIdentifier(model),
        rule.waiver?.owner ?? '',
        '',
        remediationPlan(rule),
        isoDay(rule.detectedAt ?? model.evaluatedAt),
        due,
        `1. Remediate ${rule.stigRuleId} and re-scan by ${due}`,
        '',
        isoDay(model.evaluatedAt),
        'No',
        '',
        '',
        riskRating(rule.severity),
        '',
        'No',
        inherited ? 'Yes' : 'No',
        rule.waiver ? 'Yes' : 'No',
        deviationRationale(rule),
        'stig-gate.cklb, stig-gate-oscal-ar.json, evidence.json',
        rule.comments,
        'No',
    ];
}
/** The CSV text: a header row and one row per POA&M item, most severe first as the checklist orders them. */
function renderPoamCsv(model) {
    return stringify([[...POAM_COLUMNS], ...poamRules(model).map((rule) => row(rule, model))], {
        record_delimiter: 'windows',
        escape_formulas: true,
        // csv-stringify quotes a cell holding the record delimiter (CRLF), not a lone CR or LF: Python's csv,
        // pandas and spreadsheets then split the row. RFC 4180 quotes any line break, and edge white space
        // keeps its quotes so no reader trims it.
        quoted_match: /^\s|\s$|[\r\n]/,
    });
}

/** How each evidence format (see format-names.ts) is rendered from the model. */
/**
 * Compact JSON: these documents are read by tools, and at 2,000 rules indentation would double their
 * size and the time to write and hash them.
 */
const json = (value) => `${JSON.stringify(value)}\n`;
/** Renders one format's file content; undefined when the format has nothing to say (see renderOscalPoam). */
function renderEvidence(format, model) {
    switch (format) {
        case 'cklb':
            return json(renderCklb(model));
        case 'ckl':
            return renderCkl(model);
        case 'poam-csv':
            return renderPoamCsv(model);
        case 'oscal-ar':
            return json(renderOscalAssessmentResults(model));
        case 'oscal-poam': {
            const poam = renderOscalPoam(model);
            return poam && json(poam);
        }
        case 'hdf':
            return json(renderHdf(model));
    }
}

const MANIFEST_SCHEMA = 'https://github.com/stig-gate/stig-gate/blob/v1/README.md#evidence-for-assessors';
const PREDICATE_TYPE = 'https://github.com/stig-gate/stig-gate/evidence/v1';
/** The manifest for `model`, listing `files` (sorted by name). */
function renderManifest(model, files, rawReports = null) {
    const { facts } = model;
    return {
        schema: MANIFEST_SCHEMA,
        generator: `${model.tool.name} ${model.tool.version}`,
        image: { reference: facts.image.reference, digest: facts.image.digest ?? null },
        scanner: {
            image: facts.scanner?.reference ?? null,
            digest: facts.scanner?.digest ?? null,
            openscapVersion: facts.scanner?.openscapVersion ?? null,
        },
        mode: facts.mode ?? null,
        dataStream: { path: facts.dataStream?.path ?? null, sha256: facts.dataStream?.sha256 ?? null },
        benchmark: {
            id: facts.benchmark.id,
            version: facts.benchmark.version ?? null,
            title: facts.benchmark.title ?? null,
        },
        profile: facts.profile.id ?? null,
        tailoring: facts.tailoring
            ? { path: facts.tailoring.path ?? null, sha256: facts.tailoring.sha256 ?? null }
            : null,
        startTime: facts.startTime ?? null,
        endTime: facts.endTime ?? null,
        workflowRun: facts.workflowRun
            ? {
                repository: facts.workflowRun.repository,
                commit: facts.workflowRun.commit ?? null,
                runUrl: facts.workflowRun.runUrl,
                runId: facts.workflowRun.runId,
            }
            : null,
        verdict: model.verdict,
        reason: model.reason,
        evaluatedAt: model.evaluatedAt,
        policy: model.policy,
        statusCounts: model.counts,
        checksNotRun: model.notRun,
        files: [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        rawReports,
    };
}
/** The subject's name: the image reference without its tag or digest (the digest is the subject's own). */
function subjectName(reference) {
    const noDigest = reference.replace(/@sha256:[0-9a-f]+$/, '');
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/**
 * The image's manifest digest in a registry (`repo@sha256:…`), which is what an attestation is verified
 * against. A bare `sha256:…` is a local image id (an image built here and never pushed or pulled): its
 * config's digest, which no registry knows the image by.
 */
function registrySha256(reference) {
    return /@sha256:([0-9a-f]{64})$/.exec(reference ?? '')?.[1];
}
/**
 * The in-toto Statement v1 for `manifest`, or undefined when the image has no registry digest to name (a
 * results file gated without one, an image only built locally): a statement must name its subject by the
 * digest it will be verified against.
 */
function renderIntotoStatement(manifest) {
    const sha256 = registrySha256(manifest.image.digest ?? undefined) ?? registrySha256(manifest.image.reference);
    if (sha256 === undefined)
        return undefined;
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: subjectName(manifest.image.reference), digest: { sha256 } }],
        predicateType: PREDICATE_TYPE,
        predicate: { verdict: manifest.verdict, reason: manifest.reason, manifest },
    };
}

/** evidence.json's record of what was done with oscap's own files. */
function rawReportsEntry(record) {
    return {
        handling: record.handling,
        note: record.handling === 'redacted'
            ? 'oscap output redacted as the reports are (password hashes, secret-named values, private keys, URL ' +
                'credentials replaced); report.html made again from the redacted ARF by the scanner\u2019s oscap. ' +
                'unredactedSha256 is the digest of the file as oscap wrote it.'
            : "oscap output as oscap wrote it, unredacted, as the workflow asked ('upload-raw-reports: true'): it " +
                'may hold password hashes and secret values read from the image',
        files: record.files.map((file) => ({
            name: file.name,
            unredactedSha256: file.unredactedSha256,
            ...(file.replaced !== undefined && { replaced: file.replaced }),
        })),
    };
}

/**
 * Writes the assessor evidence (src/assessor/) into the output folder: the formats asked for, then
 * evidence.json with the sha256 of every artifact file, then the in-toto statement. Also gathers the
 * scan's facts from what an entry point has (the scan's output, the options, the runner's environment).
 * The one place the evidence touches the file system.
 */
async function sha256File(path, what) {
    try {
        return node_crypto.createHash('sha256')
            .update(await promises.readFile(path))
            .digest('hex');
    }
    catch (error) {
        throw new cli.ConfigurationError(`cannot read the ${what} ${path} to record its sha256: ${cli.toError(error).message}`);
    }
}
/** The OpenSCAP version from the results' test system (`cpe:/a:redhat:openscap:1.4.4`) or scanner name. */
function openscapVersion(results) {
    const { version, name } = results.scanner;
    if (version)
        return version;
    return /openscap:(\d[\w.]*)/i.exec(name ?? '')?.[1];
}
/** Builds the {@link ScanFacts} from what the entry point has; hashes the data stream and tailoring files. */
async function gatherScanFacts(sources) {
    const { results } = sources;
    const reference = sources.image ?? results.target ?? node_path.basename(results.source);
    const digestInRef = /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1];
    const digest = sources.imageDigest ?? digestInRef;
    const version = openscapVersion(results);
    const [dataStreamSha, tailoringSha] = await Promise.all([
        sources.datastream ? sha256File(sources.datastream, 'data stream') : undefined,
        sources.tailoringFile ? sha256File(sources.tailoringFile, 'tailoring file') : undefined,
    ]);
    const facts = {
        image: { reference, ...(digest && { digest }) },
        benchmark: { ...results.benchmark },
        profile: { ...results.profile },
    };
    if (sources.scannerImage || version) {
        facts.scanner = {
            ...(sources.scannerImage && { reference: sources.scannerImage }),
            ...(sources.scannerDigest && { digest: sources.scannerDigest }),
            ...(version && { openscapVersion: version }),
        };
    }
    if (sources.mode)
        facts.mode = sources.mode;
    if (sources.datastream)
        facts.dataStream = { path: sources.datastream, ...(dataStreamSha && { sha256: dataStreamSha }) };
    if (sources.tailoringFile)
        facts.tailoring = { path: sources.tailoringFile, ...(tailoringSha && { sha256: tailoringSha }) };
    if (results.startTime)
        facts.startTime = results.startTime;
    if (results.endTime)
        facts.endTime = results.endTime;
    if (sources.workflowRun)
        facts.workflowRun = sources.workflowRun;
    return facts;
}
/**
 * A file's entry in the manifest. Its name is its path from the output folder, so that `sha256sum -c` run
 * there checks every entry: a file of the folder by its relative name, one outside it (the results file and
 * the baseline `stig-gate evidence` gated) by its absolute path, so that two inputs both named
 * `results.xml` stay apart.
 */
function digestOfData(path, data, dir) {
    const inside = node_path.relative(node_path.resolve(dir), node_path.resolve(path));
    const outside = inside === '' || inside.startsWith('..') || node_path.isAbsolute(inside);
    return {
        name: outside ? node_path.resolve(path) : inside,
        sha256: node_crypto.createHash('sha256').update(data).digest('hex'),
        bytes: data.length,
    };
}
/** Renders and writes the evidence; returns the paths written. A folder that cannot be written is an error. */
async function writeEvidence(options) {
    const { dir, formats } = options;
    const paths = {};
    if (formats.length === 0)
        return paths;
    const model = buildEvidenceModel({
        result: options.result,
        current: options.current,
        facts: options.facts,
        tool: cli.TOOL,
    });
    const documents = formats.filter((format) => format !== 'manifest');
    // One format at a time: rendered, encoded once, hashed from those bytes and written from them while the
    // next one renders. At 2,000 rules the documents are tens of MB; only their bytes wait for the writes.
    const digests = [];
    const writes = [];
    try {
        let renderError;
        try {
            for (const format of documents) {
                const path = node_path.join(dir, EVIDENCE_FILES[format]);
                const content = renderEvidence(format, model);
                if (content === undefined) {
                    // A format with nothing to say this time leaves no file from an earlier run behind.
                    writes.push(promises.rm(path, { force: true }));
                    continue;
                }
                const data = Buffer.from(content, 'utf8');
                writes.push(promises.writeFile(path, data));
                paths[format] = path;
                digests.push(digestOfData(path, data, dir));
            }
        }
        catch (error) {
            renderError = error;
        }
        // Every write settles before an error is reported, so none is left running.
        const failed = (await Promise.allSettled(writes)).find((outcome) => outcome.status === 'rejected');
        if (renderError !== undefined)
            throw renderError;
        if (failed)
            throw failed.reason;
        if (formats.includes('manifest')) {
            const present = [];
            for (const file of options.artifactFiles) {
                if ((await promises.stat(file).catch(() => undefined))?.isFile())
                    present.push(file);
            }
            for (const file of present)
                digests.push(digestOfData(file, await promises.readFile(file), dir));
            const raw = options.rawReports ? rawReportsEntry(options.rawReports) : null;
            const manifest = renderManifest(model, digests, raw);
            paths.manifest = node_path.join(dir, EVIDENCE_FILES.manifest);
            await promises.writeFile(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
            const statement = renderIntotoStatement(manifest);
            if (statement) {
                paths.intoto = node_path.join(dir, INTOTO_FILE);
                await promises.writeFile(paths.intoto, `${JSON.stringify(statement, null, 2)}\n`);
            }
        }
    }
    catch (error) {
        throw new cli.ConfigurationError(`cannot write the evidence files to ${dir}: ${cli.toError(error).message}; check the path`);
    }
    return paths;
}

/**
 * The files one image's run leaves in its output folder, and the one list of them that is its artifact:
 * the artifact uploads that list, and the manifest (evidence.json) lists the same files with their sha256.
 * An output file is added here, and nowhere else, to be uploaded and listed.
 */
/** The scan's and the gate's files in the output folder, oscap's raw reports among them. */
function scanAndGateFiles(files) {
    const scanRecords = files.outputDir
        ? [node_path.join(files.outputDir, OUTPUT_FILES.log), node_path.join(files.outputDir, OUTPUT_FILES.metadata)]
        : [];
    const reports = Object.keys(gateFiles.REPORT_FILES).map((name) => files[name]);
    return [files.reportHtml, files.resultsXml, files.resultsArf, ...reports, ...scanRecords].filter((file) => file !== undefined);
}
/**
 * The artifact's files, assessor files aside: the scan's and the gate's. scan.log and scan.json are named by
 * the folder (a scan that failed still leaves its log); scan.json also lets a later run that takes this
 * artifact as its baseline read the scanner's digest. Which of them exist is checked where they are read.
 * oscap's report.html, results-arf.xml and results.xml are redacted by the scan unless the workflow asked
 * for them unredacted (see raw-reports.ts).
 */
function reportFiles(files) {
    return scanAndGateFiles(files);
}

/**
 * One image's pipeline, the only one: take its results (or scan it) → baseline → gate → reports → assessor
 * files, into its output folder. The action and the CLI call it for a single image and for each image of a
 * set; what differs between them (the log, log groups, how a baseline is found, printing a report) comes in
 * as {@link ImagePorts}. The files written so far are in `target.files` even when a step throws, so that the
 * caller can still upload or name them.
 */
/** The action's and the CLI's log line for a finished scan. */
function scannedLine(image, output, scannerImage) {
    return `Scanned ${image} (${output.targetDigest}) in ${output.mode} mode with ${scannerImage} (${output.scannerDigest}); oscap exit ${output.oscapExitCode}`;
}
/** Scans `image` into `outputDir`; a set's credentials go only to images of their registry. */
function scanOne(plan, ports, image, outputDir, hooks = {}) {
    const { registry, ...options } = plan.scan;
    const login = registry && (!ports.scannerReady || imageKey.normaliseRegistry(registry.server) === imageKey.registryOf(image))
        ? { registry }
        : {};
    return scanImage({
        ...options,
        ...login,
        ...(ports.scannerReady && { scannerReady: true }),
        ...(plan.uploadRawReports === true && { unredactedReports: true }),
        ...hooks,
        image,
        outputDir,
        signal: ports.signal,
    }, undefined, ports.log);
}
/**
 * A results file made elsewhere, copied into the output folder so that the artifact holds it; its facts
 * are read beside the original (a scan.json or stig-gate.json that came with it).
 */
async function takeResults(path, outputDir, log) {
    log.info(`Gating ${path} (no scan)`);
    const copy = node_path.join(outputDir, 'results.xml');
    if (node_path.resolve(path) === copy)
        return copy;
    try {
        await promises.copyFile(path, copy);
        return copy;
    }
    catch {
        // Missing, a folder, unreadable: the results reader reports it with the file named, and fails closed.
        return path;
    }
}
/** Runs one image's pipeline (see the file's comment). */
async function gateImage(plan, target, ports) {
    const { files, baseline } = target;
    files.outputDir = target.outputDir;
    const group = ports.group ?? ((_name, step) => step());
    const gateWith = (current, currentFacts, baselineResults, baselineFacts, baselineFrom, baselineRunUrl) => gateFiles.gateScans({
        current,
        baseline: baselineResults,
        ...(plan.gate.waivers !== undefined && { waivers: plan.gate.waivers }),
        inheritedFromHost: plan.gate.inheritedFromHost,
        policy: plan.gate.policy,
        image: imageKey.targetName(target.image),
        currentFacts,
        ...(baselineFacts && { baselineFacts }),
        ...(baselineFrom !== undefined && { baselineFrom }),
        ...(baselineRunUrl !== undefined && { baselineRunUrl }),
    });
    // A file baseline is read while the scanner runs, and the gate starts as soon as the results are read,
    // while the scan's containers are still being removed.
    let baselineFile;
    let early;
    const readEarly = baseline.kind === 'none' || baseline.kind === 'file';
    const earlyBaseline = () => baseline.kind === 'file'
        ? [baselineFile ?? baseline.path, { beside: baseline.path }]
        : [undefined, undefined];
    let current;
    let currentFacts;
    let rawReports;
    if (target.results !== undefined) {
        const results = target.results;
        current = await group(`Results ${results}`, () => takeResults(results, target.outputDir, ports.log));
        files.resultsXml = current;
        currentFacts = { beside: results };
    }
    else {
        const output = await group(`Scan ${target.image}`, async () => {
            const hooks = !readEarly
                ? {}
                : {
                    whileScanning: () => {
                        if (baseline.kind !== 'file')
                            return;
                        baselineFile = args.readResultsFile(baseline.path);
                        // Reported by the gate, after the scan, as it would be without this head start.
                        baselineFile.catch(() => undefined);
                    },
                    onResults: (results, recorded) => {
                        early = gateWith(results, gateFiles.factsOfScan(recorded, plan.scan), ...earlyBaseline());
                        // Awaited below, or settled before the scan's own error is reported.
                        early.catch(() => undefined);
                    },
                };
            try {
                const done = await scanOne(plan, ports, target.image, target.outputDir, hooks);
                ports.log.info(scannedLine(target.image, done, plan.scan.scannerImage));
                return done;
            }
            catch (error) {
                await early?.catch(() => undefined);
                throw error;
            }
        });
        Object.assign(files, {
            resultsXml: output.resultsXml,
            resultsArf: output.resultsArf,
            reportHtml: output.reportHtml,
        });
        current = output.results;
        currentFacts = gateFiles.factsOfScan(output, plan.scan);
        rawReports = output.rawReports;
    }
    let gated;
    if (early && readEarly)
        gated = await early;
    else if (readEarly)
        gated = await gateWith(current, currentFacts, ...earlyBaseline());
    else {
        // An image baseline is scanned here, so its facts are known; other baselines' are read beside them.
        let baselineFacts;
        const scanBaseline = async (image) => {
            const output = await scanOne(plan, ports, image, node_path.join(target.outputDir, 'baseline'));
            baselineFacts = gateFiles.factsOfScan(output, plan.scan);
            return output;
        };
        let baselineResults;
        let baselineFrom;
        let baselineRunUrl;
        if (baseline.kind === 'image') {
            baselineResults = (await scanBaseline(baseline.image)).results;
            baselineFrom = `image ${baseline.image}, scanned in this run`;
        }
        else if (baseline.kind === 'resolve') {
            const found = await group('Baseline', () => baseline.resolve(async (image) => (await scanBaseline(image)).resultsXml));
            baselineResults = found?.path;
            baselineFrom = found?.from;
            baselineRunUrl = found?.runUrl;
        }
        gated = await gateWith(current, currentFacts, baselineResults, baselineFacts, baselineFrom, baselineRunUrl);
    }
    await ports.onGated?.(gated);
    const reports = gateFiles.renderReports(gated.result, target.heading ? { markdown: { heading: target.heading } } : {});
    Object.assign(files, await gateFiles.writeRenderedReports(reports, target.outputDir));
    if (plan.evidence.length > 0) {
        files.evidence = await group('Evidence for assessors', () => writeImageEvidence(plan, target, gated, rawReports));
    }
    return { ...gated, files, markdown: reports.markdown };
}
/**
 * What the assessor files say was scanned with what, from the facts the gate took: a scan of this run's
 * own, or the records beside a results file only when they describe that very scan (see scan-facts.ts).
 * The action and `stig-gate evidence` alike.
 */
function scannedWith(result) {
    const { facts } = result.current;
    return {
        ...(facts.targetDigest && { imageDigest: facts.targetDigest }),
        ...(facts.scannerImage && { scannerImage: facts.scannerImage }),
        ...(facts.scannerDigest && { scannerDigest: facts.scannerDigest }),
        ...(facts.mode && { mode: facts.mode }),
    };
}
/** The assessor files, after the reports whose digests the manifest lists with every other artifact file. */
async function writeImageEvidence(plan, target, gated, rawReports) {
    const facts = await gatherScanFacts({
        results: gated.current,
        image: imageKey.targetName(target.image),
        ...scannedWith(gated.result),
        ...(plan.scan.datastream && { datastream: plan.scan.datastream }),
        ...(plan.scan.tailoringFile && { tailoringFile: plan.scan.tailoringFile }),
        ...(plan.workflowRun && { workflowRun: plan.workflowRun }),
    });
    return writeEvidence({
        result: gated.result,
        current: gated.current,
        facts,
        formats: plan.evidence,
        dir: target.outputDir,
        artifactFiles: reportFiles(target.files),
        ...(rawReports && { rawReports }),
    });
}

/**
 * What the runner tells a step about its run: repository, run id, event and pull request. Read from the
 * environment and the event payload that the caller passes in, so this stays a plain function.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** Builds the {@link RunContext}; GITHUB_REPOSITORY and GITHUB_RUN_ID are required (a runner always sets them). */
function readRunContext(env, payload, cwd) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new cli.ConfigurationError(`GITHUB_REPOSITORY is '${repository}', expected 'owner/repo': run this action in a GitHub Actions job (or use the stig-gate CLI)`);
    }
    const runId = Number(env.GITHUB_RUN_ID);
    if (!Number.isSafeInteger(runId) || runId <= 0) {
        throw new cli.ConfigurationError(`GITHUB_RUN_ID is '${env.GITHUB_RUN_ID ?? ''}', expected a run number: run this action in a GitHub Actions job`);
    }
    const event = (typeof payload === 'object' && payload !== null ? payload : {});
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const context = {
        owner,
        repo,
        repository,
        runId,
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
        eventName,
        workspace: env.GITHUB_WORKSPACE || cwd,
    };
    if (env.GITHUB_SHA)
        context.sha = env.GITHUB_SHA;
    if (env.GITHUB_WORKFLOW_REF)
        context.workflowRef = env.GITHUB_WORKFLOW_REF;
    if (env.GITHUB_JOB)
        context.job = env.GITHUB_JOB;
    if (env.RUNNER_TEMP)
        context.runnerTemp = env.RUNNER_TEMP;
    const defaultBranch = event.repository?.default_branch;
    if (typeof defaultBranch === 'string' && defaultBranch !== '')
        context.defaultBranch = defaultBranch;
    const pr = event.pull_request;
    if (PULL_REQUEST_EVENTS.includes(eventName) && typeof pr?.number === 'number') {
        const head = typeof pr.head?.repo?.full_name === 'string' ? pr.head.repo.full_name : undefined;
        const base = typeof pr.base?.repo?.full_name === 'string' ? pr.base.repo.full_name : repository;
        context.pullRequest = {
            number: pr.number,
            // A deleted fork has a null head repository; its token is read-only all the same.
            fromFork: pr.head?.repo === null || (head !== undefined && head.toLowerCase() !== base.toLowerCase()),
        };
        if (typeof pr.head?.sha === 'string')
            context.pullRequest.headSha = pr.head.sha;
    }
    return context;
}
/** The run's page, for links in the comment. */
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/**
 * The workflow run as the assessor files name it: the commit is the pull request's head when there is one
 * (GITHUB_SHA is then a merge commit nobody built), else GITHUB_SHA. The action and the CLI both name it so.
 */
function workflowRunOf(context) {
    const commit = context.pullRequest?.headSha ?? context.sha;
    return {
        repository: context.repository,
        ...(commit && { commit }),
        runUrl: runUrl(context),
        runId: context.runId,
    };
}

/**
 * Writing the assessor evidence from a CLI command (`evidence`, `scan`): the facts it has, the files it
 * wrote, one line on stderr naming them.
 */
/** The workflow run, when the CLI runs in a GitHub Actions job: named as the action names it. */
async function workflowRunFromEnv(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const payload = env.GITHUB_EVENT_PATH
        ? await promises.readFile(env.GITHUB_EVENT_PATH, 'utf8').then((text) => JSON.parse(text), () => undefined)
        : undefined;
    try {
        return workflowRunOf(readRunContext(env, payload, process.cwd()));
    }
    catch {
        // A job without GITHUB_REPOSITORY/GITHUB_RUN_ID is not one we can name: the manifest then says none.
        return undefined;
    }
}
/** Writes the evidence for a gated outcome into `dir` and names the files on stderr. */
async function writeCliEvidence(outcome, sources, formats, dir, artifactFiles, io) {
    if (formats.length === 0)
        return;
    const facts = await gatherScanFacts({ ...sources, results: outcome.current });
    const paths = await writeEvidence({
        result: outcome.result,
        current: outcome.current,
        facts,
        formats,
        dir,
        artifactFiles,
    });
    io.stderr(`evidence: ${Object.values(paths).join(', ')}\n`);
}

exports.ScanError = ScanError;
exports.describeConnectFailure = describeConnectFailure;
exports.ensureImage = ensureImage;
exports.execDockerRunner = execDockerRunner;
exports.gateImage = gateImage;
exports.isEngineUnreachable = isEngineUnreachable;
exports.logIn = logIn;
exports.parseEvidenceFormats = parseEvidenceFormats;
exports.redactError = redactError;
exports.scannedWith = scannedWith;
exports.secretParts = secretParts;
exports.workflowRunFromEnv = workflowRunFromEnv;
exports.writeCliEvidence = writeCliEvidence;
