// Validates every element template in the given folder against Camunda 8's element template
// schema (the check Camunda Modeler makes before it offers a template). Exit 1 on any problem.
const { validateZeebe } = require('@bpmn-io/element-templates-validator');
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`No element templates in ${dir}`);
  process.exit(1);
}
let invalid = 0;
for (const file of files) {
  let template;
  try {
    template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    invalid++;
    console.error(`${file}: not JSON: ${e.message}`);
    continue;
  }
  const result = validateZeebe(template);
  if (result.valid) {
    console.log(`${file}: valid`);
  } else {
    invalid++;
    console.error(`${file}:`);
    for (const error of result.errors) {
      console.error(`  ${error.message}`);
    }
  }
}
process.exit(invalid ? 1 : 0);
