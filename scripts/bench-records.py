#!/usr/bin/env python3
"""Records benchmark driver (scripts/bench-records.sh runs it against a service it started on PostgreSQL).

Builds a sealed draw through the API — 100 inspector accounts linked to 100 officers of one unit, a task of two
items with 50 groups of 2 officers and 200 targets each (strata by count: 10,000 targets), prepared, confirmed by a
supervisor and executed — then submits one inspection record per drawn target from 50 concurrent clients (one
inspector of each group, its own keep-alive connection), each with an Idempotency-Key, and reports throughput and
the latency percentiles of the record POSTs. With each record the client also uploads one small photo (a 4 kB file
with a JPEG header) to POST /api/v1/inspection-evidence (multipart, its own Idempotency-Key); the two kinds of POST
are timed separately. Standard library only.
"""
import argparse, csv, http.client, json, statistics, sys, threading, time, urllib.parse, uuid

PASSWORD = "Bench!Passw0rd1"


class Api:
    def __init__(self, base, token=None):
        u = urllib.parse.urlparse(base)
        self.host, self.port, self.token = u.hostname, u.port, token
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)

    def call(self, method, path, body=None, headers=None, raw=None, content_type=None, expect=(200, 201, 202)):
        h = dict(headers or {})
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        data = raw
        if body is not None:
            data, h["Content-Type"] = json.dumps(body).encode(), "application/json"
        elif content_type:
            h["Content-Type"] = content_type
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=data, headers=h)
                r = self.conn.getresponse()
                payload = r.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
                if attempt == 2:
                    raise
        if expect and r.status not in expect:
            raise RuntimeError(f"{method} {path}: {r.status} {payload[:500]!r}")
        return r.status, (json.loads(payload) if payload and r.getheader("Content-Type", "").startswith(("application/json", "application/problem+json")) else payload)


def login(base, user, password=PASSWORD):
    _, body = Api(base).call("POST", "/api/v1/auth/login", {"userName": user, "password": password})
    return Api(base, body["accessToken"])


def multipart(name, filename, content):
    boundary = uuid.uuid4().hex
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\nContent-Type: text/csv\r\n\r\n'.encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def evidence_form(task_id, target, photo):
    """The multipart body of POST /api/v1/inspection-evidence: taskId, targetCode, kind=photo and the file."""
    boundary = uuid.uuid4().hex
    parts = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                     for k, v in [("taskId", task_id), ("targetCode", target), ("kind", "photo")])
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{target}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'.encode()
    return parts + head + photo + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def photo_bytes(i):
    """A 4 kB JPEG-like file: SOI + APP0 JFIF header, varying filler, EOI (the service judges the type from the header)."""
    jfif = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return jfif + bytes((i * 31 + k) % 251 for k in range(4096 - len(jfif) - 2)) + bytes([0xFF, 0xD9])


def import_file(admin, route, filename, content):
    data, ctype = multipart("file", filename, content)
    _, job = admin.call("POST", f"/api/v1/{route}/import?mode=apply", raw=data, content_type=ctype)
    while job["status"] not in ("succeeded", "rejected", "failed"):
        time.sleep(0.5)
        _, job = admin.call("GET", f"/api/v1/import-jobs/{job['id']}")
    if job["status"] != "succeeded":
        raise RuntimeError(f"{route} import {job['status']}: {job.get('message')}")
    return job


def record_body(task_id, target, item_ids, i):
    """The record of one target: every item of the task (§4.1.1), the documented shape of POST …/inspection-records."""
    started = f"2026-12-0{1 + i % 5}T0{1 + i % 8}:00:00Z"
    return {
        "targetCode": target,
        "method": "onSite",
        "startedAtUtc": started,
        "finishedAtUtc": started.replace(":00:00Z", ":40:00Z"),
        "place": "银川市兴庆区解放街1号",
        "latitude": 38.4872, "longitude": 106.2309,
        "items": [
            {"itemId": item, "resultCategoryCode": "ordered-to-rectify" if (i + k) % 7 == 0 else "no-problem",
             "findings": "现场检查，证照齐全" if (i + k) % 7 else "未按规定公示年度报告，已责令改正",
             "legalBasis": "《企业信息公示暂行条例》第八条", "rectificationDeadline": "2027-01-31" if (i + k) % 7 == 0 else None}
            for k, item in enumerate(item_ids)
        ],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True)
    ap.add_argument("--targets-csv", required=True)
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--setup-only", action="store_true", help="stop after the sealed draw; print its task and draw ids (scripts/bench-archive.sh)")
    a = ap.parse_args()
    groups, per_group = a.clients, a.records // a.clients

    admin = login(a.api, "bench")
    t0 = time.time()
    for code, name in [("amr", "市场监督管理"), ("fire", "消防救援"), ("health", "卫生健康"), ("ecology", "生态环境"), ("agri", "农业农村")]:
        admin.call("POST", "/api/v1/departments", {"code": code, "name": name})
    _, unit = admin.call("POST", "/api/v1/branch-units", {"code": "NX-BENCH", "name": "压测市场监督管理局", "regionCode": "640100"})
    job = import_file(admin, "targets", "targets.csv", open(a.targets_csv, "rb").read())
    print(f"targets imported: {job['inserted']}")

    for user, role in [("bench-op", "operator"), ("bench-sup", "supervisor")]:
        admin.call("POST", "/api/v1/users", {"userName": user, "displayName": user, "roles": [role], "password": PASSWORD, "unitId": unit["id"]})
    rows = ["人员编号,姓名,所属单位,部门,执法组长,用户ID,证件类型,执法证号,发证日期,有效期至"]
    for n in range(1, 2 * groups + 1):
        _, created = admin.call("POST", "/api/v1/users", {"userName": f"insp-{n:03}", "displayName": f"检查员{n}", "roles": ["inspector"],
                                                          "password": PASSWORD, "unitId": unit["id"]})
        rows.append(f"B{n:03},检查员{n},NX-BENCH,amr,是,{created['user']['id']},行政执法证,64B{n:05},2024-01-01,2030-01-01")
    import_file(admin, "officers", "officers.csv", ("\n".join(rows) + "\n").encode())
    items = []
    for name in ["营业执照（登记事项）情况", "年度报告公示情况"]:
        _, item = admin.call("POST", "/api/v1/inspection-items", {"name": name, "departmentCode": "amr", "legalBasis": "《企业信息公示暂行条例》",
                                                                   "checklistPoints": ["核对登记事项"], "requiredExpertise": None, "priority": "general"})
        items.append(item["id"])

    # Strata by count, 10,000 in all (a demo roster of 13,000 has enough active targets in every tier).
    counts = {"A": 0.69, "B": 0.23, "C": 0.07, "D": 0.01}
    strata = [{"tier": t, "count": round(s * groups * per_group)} for t, s in counts.items()]
    strata[0]["count"] += groups * per_group - sum(s["count"] for s in strata)
    op = login(a.api, "bench-op")
    _, task = op.call("POST", "/api/v1/tasks", {
        "year": 2026, "name": "2026年度检查记录压测任务", "itemIds": items, "officerUnitIds": [unit["id"]],
        "targetScope": {"regionPrefixes": ["64"]}, "strata": strata, "groups": groups, "officersPerGroup": 2,
        "targetsPerGroup": per_group, "minCertifiedPerGroup": 2, "allowOverlap": False, "disclosureDate": "2026-12-31"})
    _, draw = op.call("POST", f"/api/v1/tasks/{task['id']}/draws")
    _, conf = op.call("POST", "/api/v1/auth/confirmations", {"action": "draw.execute", "subject": draw["id"], "userName": "bench-sup", "password": PASSWORD})
    op.call("POST", f"/api/v1/draws/{draw['id']}/execute", {"entropy": "bench 2026", "confirmationId": conf["id"]})
    _, result = op.call("GET", f"/api/v1/draws/{draw['id']}/result")
    numbers = {}
    for g in result["groups"]:
        numbers[g["number"]] = ([o["officerId"] for o in g["officers"]], [t["code"] for t in g["targets"]])
    _, officers = admin.call("GET", "/api/v1/officers?pageSize=500&unitId=" + unit["id"])
    number_of = {o["id"]: o["number"] for o in officers["items"]}
    print(f"sealed draw {draw['id']}: {len(numbers)} groups, {sum(len(t) for _, t in numbers.values())} targets; setup {time.time() - t0:.0f} s")
    if a.setup_only:
        print(f"TASK {task['id']} DRAW {draw['id']}")
        return 0

    # One client per group: its first officer's account, its own connection.
    clients = []
    for number, (officer_ids, targets) in sorted(numbers.items()):
        user = "insp-" + number_of[officer_ids[0]][1:]
        clients.append((login(a.api, user), targets[:per_group]))
    latencies, uploads, errors, lock = [], [], [], threading.Lock()
    start = threading.Barrier(len(clients) + 1)

    def work(client, targets):
        api, own, own_up, bad = client, [], [], []
        start.wait()
        for i, code in enumerate(targets):
            data, ctype = evidence_form(task["id"], code, photo_bytes(i))
            began = time.perf_counter()
            status, body = api.call("POST", "/api/v1/inspection-evidence", raw=data, content_type=ctype,
                                    headers={"Idempotency-Key": str(uuid.uuid4())}, expect=None)
            own_up.append(time.perf_counter() - began)
            if status not in (200, 201):
                bad.append(f"evidence {status} {str(body)[:200]}")
            began = time.perf_counter()
            status, body = api.call("POST", f"/api/v1/tasks/{task['id']}/inspection-records", record_body(task["id"], code, items, i),
                                    headers={"Idempotency-Key": str(uuid.uuid4())}, expect=None)
            own.append(time.perf_counter() - began)
            if status not in (200, 201):
                bad.append(f"record {status} {str(body)[:200]}")
        with lock:
            latencies.extend(own)
            uploads.extend(own_up)
            errors.extend(bad)

    threads = [threading.Thread(target=work, args=c) for c in clients]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    print(f"records: {len(latencies)} (+ {len(uploads)} evidence uploads) from {len(clients)} concurrent clients in {wall:.1f} s = "
          f"{len(latencies) / wall:,.1f} records/s, {(len(latencies) + len(uploads)) / wall:,.1f} POSTs/s; errors {len(errors)}")
    for label, values in [("record POST", latencies), ("evidence POST", uploads)]:
        q = statistics.quantiles(values, n=100, method="inclusive")
        print(f"{label} latency ms: p50 {q[49] * 1000:.0f}, p95 {q[94] * 1000:.0f}, p99 {q[98] * 1000:.0f}, max {max(values) * 1000:.0f}")
    for e in errors[:5]:
        print("  error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
