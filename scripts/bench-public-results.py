#!/usr/bin/env python3
"""Public results benchmark driver (scripts/bench-public-results.sh runs it).

`generate`: writes tab-separated COPY input to stdout — the tasks (inspection_tasks), their publications
(task_publications) and N published results (published_results) — deterministic (seed 42): 100 tasks over 2024–2026,
one of them (the export task) with 10,000 targets × 2 items, the rest sharing 200,000 targets of realistic Chinese
names (region + trade name + industry + 有限公司) and 18-character credit-code-like codes.

`search`: sends the search shapes (by code, by name prefix, by task, by year, a deep page, by enterprise) from
several concurrent keep-alive clients and prints p50/p95/p99 per shape. Standard library only.
"""
import argparse, http.client, json, random, statistics, sys, threading, time, urllib.parse, uuid

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
REGIONS = ["宁夏", "银川市", "石嘴山市", "吴忠市", "固原市", "中卫市", "兴庆区", "金凤区", "西夏区", "永宁县", "贺兰县", "灵武市"]
TRADE = list("恒泰瑞丰华盛鑫源宏达兴隆金鼎安康永顺天成博远嘉和汇通德润宝新万家福")
INDUSTRY = ["商贸", "餐饮", "食品", "科技", "建材", "物流", "药房", "超市", "农业", "电子", "印刷", "汽车销售", "酒店管理", "装饰工程"]
ITEMS = ["食品经营许可情况检查", "食品安全管理制度检查", "价格行为检查", "广告发布检查", "计量器具检查", "产品质量检查"]
CATEGORIES = [("no-problem", "未发现问题", "No problem found"), ("ordered-to-rectify", "发现问题已责令改正", "Ordered to rectify"),
              ("not-found-at-address", "未发现问题", "Not found at the registered address"), ("case-filed", "发现问题待后续处理", "Case filed")]
EXPORT_TASK = "0190f000-0000-7000-8000-000000000001"


def code(rng):
    return "91" + "640" + "".join(rng.choice("0123456789") for _ in range(3)) + "".join(rng.choice(CHARSET) for _ in range(10))


def name(rng):
    return rng.choice(REGIONS) + "".join(rng.choice(TRADE) for _ in range(rng.choice((2, 2, 3)))) + rng.choice(INDUSTRY) + "有限公司"


def generate(rows, tasks_file, publications_file, results_file):
    rng = random.Random(42)
    targets = [(code(rng), name(rng)) for _ in range(200_000)]
    export_targets = [(code(rng), "=" + name(rng) if i == 0 else name(rng)) for i in range(10_000)]
    items = [(str(uuid.UUID(int=rng.getrandbits(128))), n) for n in ITEMS]
    now = "2026-12-07 00:00:00+00"
    tasks = []
    for t in range(100):
        task_id = EXPORT_TASK if t == 0 else str(uuid.UUID(int=rng.getrandbits(128)))
        year = 2024 + t % 3
        tasks.append((task_id, year, f"{year}年双随机抽查任务第{t + 1}号", f"{year}-{1 + t % 12:02d}-{1 + t % 27:02d}"))
    with open(tasks_file, "w", encoding="utf-8") as f:
        for task_id, year, task_name, day in tasks:
            f.write("\t".join([task_id, now, "bench", now, "bench", "1", str(year), task_name, "{}", "Closed", "f", "\\N", day + " 02:00:00+00", "\\N"]) + "\n")
    with open(publications_file, "w", encoding="utf-8") as f:
        for task_id, year, task_name, day in tasks:
            f.write("\t".join([str(uuid.UUID(int=rng.getrandbits(128))), now, "bench", now, "bench", "1", task_id, day, day, day + " 04:00:00+00", "bench", "0"]) + "\n")
    written = 0
    with open(results_file, "w", encoding="utf-8") as f:
        def row(task, target, item, category, corrected):
            task_id, year, task_name, day = task
            f.write("\t".join([str(uuid.UUID(int=rng.getrandbits(128))), now, "bench", now, "bench", "1", task_id, task_name, str(year),
                               target[0], target[1], "Enterprise", item[0], item[1], category[0], category[1], category[2],
                               day, day, "银川市市场监督管理局", corrected]) + "\n")
        for target in export_targets:
            for item in items[:2]:
                row(tasks[0], target, item, rng.choice(CATEGORIES), "\\N")
                written += 1
        per_task = (rows - written) // 99
        for t in range(1, 100):
            task = tasks[t]
            count = per_task if t < 99 else rows - written
            base = rng.randrange(len(targets))
            task_items = items[(t % 3) * 2:(t % 3) * 2 + 2]
            for i in range(count // 2 + count % 2):
                target = targets[(base + i * 7) % len(targets)]
                for item in task_items[:1 if (count % 2 and i == count // 2) else 2]:
                    row(task, target, item, rng.choice(CATEGORIES), task[3] if rng.random() < 0.01 else "\\N")
                    written += 1
    print(json.dumps({"rows": written, "sampleCodes": [t[0] for t in targets[:2000:20]], "tasks": [t[0] for t in tasks],
                      "sampleNames": sorted({t[1][:len(t[1]) - 6] for t in targets[:500]})[:100]}))


def search(api, shapes_file, requests, clients):
    plan = json.load(open(shapes_file))
    rng = random.Random(7)
    u = urllib.parse.urlparse(api)
    prefixes = sorted({n[:k] for n in plan["sampleNames"] for k in (4, 5)})
    shapes = {
        "code": lambda: f"/api/v1/public/results?code={rng.choice(plan['sampleCodes'])}",
        "enterprise": lambda: f"/api/v1/public/enterprises/{rng.choice(plan['sampleCodes'])}/results",
        "name prefix": lambda: "/api/v1/public/results?name=" + urllib.parse.quote(rng.choice(prefixes)),
        "task": lambda: f"/api/v1/public/tasks/{rng.choice(plan['tasks'])}/results?page={rng.randint(1, 50)}",
        "year": lambda: f"/api/v1/public/results?year={rng.choice((2024, 2025, 2026))}&page={rng.randint(1, 20)}",
        "deep page": lambda: f"/api/v1/public/results?year={rng.choice((2024, 2025, 2026))}&page={rng.randint(95, 100)}&pageSize=100",
    }
    results = {k: [] for k in shapes}
    lock = threading.Lock()
    work = [(k, shapes[k]()) for k in shapes for _ in range(requests)]
    rng.shuffle(work)
    chunks = [work[i::clients] for i in range(clients)]
    errors = []

    def run(chunk):
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        for shape, path in chunk:
            start = time.perf_counter()
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            elapsed = (time.perf_counter() - start) * 1000
            if r.status != 200:
                errors.append((path, r.status, body[:200]))
            with lock:
                results[shape].append(elapsed)

    for shape in shapes:  # warm-up: one request of each
        http.client.HTTPConnection(u.hostname, u.port).request("GET", shapes[shape]())
    start = time.perf_counter()
    threads = [threading.Thread(target=run, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = time.perf_counter() - start
    print(f"{len(work)} requests, {clients} clients, {total:.1f} s, {len(work) / total:.0f} req/s, errors {len(errors)}")
    for path, status, body in errors[:5]:
        print("  error", status, path, body)
    print("| shape | requests | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    every = []
    for shape, values in results.items():
        values.sort()
        every += values
        q = statistics.quantiles(values, n=100)
        print(f"| {shape} | {len(values)} | {q[49]:.1f} | {q[94]:.1f} | {q[98]:.1f} | {values[-1]:.1f} |")
    every.sort()
    q = statistics.quantiles(every, n=100)
    print(f"| all | {len(every)} | {q[49]:.1f} | {q[94]:.1f} | {q[98]:.1f} | {every[-1]:.1f} |")
    return 1 if errors else 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--rows", type=int, default=1_000_000)
    g.add_argument("--out", required=True)
    s = sub.add_parser("search")
    s.add_argument("--api", required=True)
    s.add_argument("--plan", required=True)
    s.add_argument("--requests", type=int, default=300)
    s.add_argument("--clients", type=int, default=8)
    a = p.parse_args()
    if a.cmd == "generate":
        generate(a.rows, f"{a.out}/tasks.tsv", f"{a.out}/publications.tsv", f"{a.out}/results.tsv")
        return 0
    return search(a.api, a.plan, a.requests, a.clients)


if __name__ == "__main__":
    sys.exit(main())
