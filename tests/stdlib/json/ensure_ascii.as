import json

s = 'héllo wörld ☃ 日本 😀 \u2028'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'ключ': 'значение'}), json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps('\ud800 \udfff'), repr(json.dumps('\ud800', ensure_ascii=False)))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
