#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var node_path = require('node:path');
var cli = require('../cli.js');
var node_crypto = require('node:crypto');
var args = require('./args-pF1w-iF4.js');
var gateFiles = require('./gate-files-Df4bNUmX.js');
var imageKey = require('./image-key-BqiSW_Ju.js');

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
/** Why a check's result says it did not run, for the finding details (see build-model.ts). */
const NOT_RUN = {
    error: 'The check could not run (OpenSCAP error): nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
    unknown: 'The check could not decide (OpenSCAP unknown): nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
    notchecked: 'The rule has no automated check (OpenSCAP notchecked): review it by hand.',
};
/** The rule's result and check, and its evidence where the scan has it. */
function resultText(rule) {
    const lines = [`OpenSCAP result: ${rule.result} (gate: ${rule.gateClass.replace(/-/g, ' ')})`];
    const notRun = NOT_RUN[rule.result];
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
function emptyCounts() {
    return { not_a_finding: 0, open: 0, not_applicable: 0, not_reviewed: 0 };
}
/** Builds the evidence model; a plain function of its input. */
function buildEvidenceModel(input) {
    const { result, current, facts } = input;
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
            data('IA_Controls', ''),
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
        ia_controls: '',
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
/** The HDF document as a plain object (JSON.stringify it). */
function renderHdf(model) {
    const { facts } = model;
    const controlIds = uniqueControlIds(model.rules);
    const start = facts.startTime ?? model.evaluatedAt;
    const seconds = facts.startTime && facts.endTime
        ? (new Date(facts.endTime).getTime() - new Date(facts.startTime).getTime()) / 1000
        : null;
    return {
        // Heimdall shows `name release` as what was scanned: the image, and the content it was judged by
        // (DISA's and SSG's titles name the OS), not the tool.
        platform: {
            name: facts.image.reference,
            release: [facts.benchmark.title ?? facts.benchmark.id, facts.benchmark.version]
                .filter(Boolean)
                .join(' '),
            target_id: facts.image.digest
                ? `${facts.image.reference} (${facts.image.digest})`
                : facts.image.reference,
        },
        version: model.tool.version,
        statistics: { duration: Number.isFinite(seconds) ? seconds : null },
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
        props: props(prop('stig-rule-id', rule.stigRuleId), prop('stig-group-id', rule.vulnId), prop('xccdf-rule-id', rule.ruleId), prop('xccdf-result', rule.result), prop('checklist-status', rule.status), prop('severity', rule.severity), prop('gate-class', rule.gateClass), ...rule.ccis.map((cci) => prop('cci', cci))),
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
        `${rule.stigRuleId} (${rule.vulnId}); ${rule.ruleId}`,
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
function renderManifest(model, files, withheld = []) {
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
        withheld: [...withheld].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
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

/**
 * oscap's own report.html and results-arf.xml hold what oscap collected from the image as it was: a
 * password hash read from /etc/shadow, values of secret-named variables and settings. stig-gate's reports
 * and evidence are made from the model, redacted (src/results/why/redact.ts); these two are oscap's
 * raw output, and a 30 MB ARF redacted through a full XML parse and rewrite would cost seconds and memory
 * and could change what assessors' tools read. So they stay in the output folder (the gate and the
 * evidence were read from them) and are left out of the uploaded artifact unless the workflow asks for
 * them (`upload-raw-reports: true`, for a private repository whose run logs only the image's owners
 * read). evidence.json lists them under `withheld`, with their digests, so an assessor given them later
 * can check they are the scan's.
 */
/** The raw oscap files, by name in the output folder. */
const RAW_REPORT_FILES = ['report.html', 'results-arf.xml'];
/** Why a raw file was not uploaded, as evidence.json records it. */
const WITHHELD_REASON = 'oscap output with data read from the image, unredacted (password hashes, secret values); ' +
    "not uploaded: set the action input 'upload-raw-reports: true' to upload it";
/** Whether `file` is one of oscap's raw files. */
function isRawReport(file) {
    return RAW_REPORT_FILES.includes(node_path.basename(file));
}
/** `files` split into those the artifact uploads and those it withholds. */
function artifactSelection(files, uploadRaw) {
    const uploaded = files.filter((file) => uploadRaw || !isRawReport(file));
    const withheld = files.filter((file) => !uploadRaw && isRawReport(file));
    return { uploaded, withheld };
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
            const withheld = [];
            for (const file of options.withheldFiles ?? []) {
                if (!(await promises.stat(file).catch(() => undefined))?.isFile())
                    continue;
                withheld.push({ ...digestOfData(file, await promises.readFile(file), dir), reason: WITHHELD_REASON });
            }
            const manifest = renderManifest(model, digests, withheld);
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
/** What `stig-gate scan` recorded in scan.json beside a results file: the images and their digests. */
async function scanJsonFacts(resultsFile) {
    let text;
    try {
        text = await promises.readFile(node_path.join(node_path.dirname(resultsFile), 'scan.json'), 'utf8');
    }
    catch {
        return {};
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return {};
    }
    const text_ = (key) => (typeof data[key] === 'string' ? data[key] : undefined);
    const facts = {};
    const map = [
        ['image', 'image'],
        ['imageDigest', 'targetDigest'],
        ['scannerImage', 'scannerImage'],
        ['scannerDigest', 'scannerDigest'],
        ['mode', 'mode'],
    ];
    for (const [field, key] of map) {
        const value = text_(key);
        if (value)
            facts[field] = value;
    }
    return facts;
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

exports.artifactSelection = artifactSelection;
exports.gatherScanFacts = gatherScanFacts;
exports.parseEvidenceFormats = parseEvidenceFormats;
exports.scanJsonFacts = scanJsonFacts;
exports.workflowRunFromEnv = workflowRunFromEnv;
exports.writeCliEvidence = writeCliEvidence;
exports.writeEvidence = writeEvidence;
