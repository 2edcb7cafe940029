// CommonJS: require both entries and render with React.createElement.
const { createElement } = require('react');
const { Issue, renderEmail } = require('newsletter-kit');
const { checkEmail } = require('newsletter-kit/check');
const issue = require('./issue.json');

renderEmail(createElement(Issue, { data: issue })).then(({ html, text }) => {
  const errors = checkEmail(html).filter((f) => f.severity === 'error');
  console.log(JSON.stringify({ bytes: html.length, text: text.length, errors: errors.length }));
});
