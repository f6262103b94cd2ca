# current_task() and all_tasks() outside a running loop raise RuntimeError "no running event loop"
import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print('current_task:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('all_tasks:', e)
