"""Reads .eml files with Python's email package (policy=default) and prints what it found, as JSON:
every header's value and defects, the From address, and the List-Unsubscribe targets."""
import json
import re
import sys
from email import policy
from email.parser import BytesParser

result = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        message = BytesParser(policy=policy.default).parse(f)
    headers = {}
    defects = [str(d) for d in message.defects]
    for name in message.keys():
        value = message[name]
        headers[name.lower()] = str(value)
        defects += [f'{name}: {d}' for d in getattr(value, 'defects', [])]
    sender = message['From'].addresses[0]
    unsubscribe = str(message.get('List-Unsubscribe', ''))
    result.append({
        'headers': headers,
        'defects': defects,
        'from': {'name': sender.display_name, 'address': sender.addr_spec},
        'unsubscribe': re.findall(r'<([^>]*)>', unsubscribe),
        'listId': str(message.get('List-Id', '')),
    })
print(json.dumps(result))
