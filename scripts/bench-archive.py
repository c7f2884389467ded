#!/usr/bin/env python3
"""Archive benchmark driver (scripts/bench-archive.sh runs it against a service it started on PostgreSQL).

Given a sealed draw (made by bench-records.py --setup-only), seeds one inspection record per drawn target (two item
results each) and one evidence photo per target straight into the database (psql as the owner) and the file store
(4 kB files named by their SHA-256), closes the task through the API, then archives it (POST /tasks/{id}/archive,
timed), downloads the ZIP and times `archive-verify` on it. Standard library only.
"""
import argparse, hashlib, json, os, shlex, subprocess, sys, time, urllib.request, uuid

PASSWORD = "Bench!Passw0rd1"


def call(api, method, path, token=None, body=None, raw=False):
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    request = urllib.request.Request(api + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=1800) as r:
        payload = r.read()
        return payload if raw else (json.loads(payload) if payload else None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True)
    ap.add_argument("--psql", required=True, help="the psql command line of the bench database, as owner")
    ap.add_argument("--task", required=True)
    ap.add_argument("--draw", required=True)
    ap.add_argument("--files", required=True, help="the file store folder (Attachments:Folder)")
    ap.add_argument("--work", required=True)
    ap.add_argument("--dll", required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--photo-bytes", type=int, default=4096)
    a = ap.parse_args()
    a.psql = shlex.split(a.psql)

    t0 = time.time()
    codes = subprocess.run(a.psql + ["-Atc", f"SELECT target_code FROM draw_selections WHERE draw_id = '{a.draw}' AND group_number IS NOT NULL ORDER BY target_code"],
                           check=True, capture_output=True, text=True).stdout.split()
    os.makedirs(a.files, exist_ok=True)
    rows = []
    jfif = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    for i, code in enumerate(codes):
        photo = jfif + os.urandom(a.photo_bytes - len(jfif) - 2) + bytes([0xFF, 0xD9])
        sha = hashlib.sha256(photo).hexdigest()
        with open(os.path.join(a.files, sha), "wb") as f:
            f.write(photo)
        rows.append(f"{code}\t{sha}\t{len(photo)}")
    evidence_tsv = os.path.join(a.work, "evidence.tsv")
    with open(evidence_tsv, "w") as f:
        f.write("\n".join(rows) + "\n")
    sql = f"""
BEGIN;
INSERT INTO inspection_records (id, task_id, draw_id, group_number, target_code, target_name, method, started_at_utc, finished_at_utc,
    place, latitude, longitude, recorded_by, recorded_at_utc, acknowledgement_kind, version, created_at_utc, created_by, updated_at_utc, updated_by)
SELECT gen_random_uuid(), d.task_id, d.id, s.group_number, s.target_code, s.target_name, 'OnSite', now() - interval '2 hours', now() - interval '1 hour',
    '银川市兴庆区解放街1号', 38.4872, 106.2309, 'bench-seed', now(), 'None', 1, now(), 'bench-seed', now(), 'bench-seed'
FROM draw_selections s JOIN draws d ON d.id = s.draw_id WHERE d.id = '{a.draw}' AND s.group_number IS NOT NULL;
INSERT INTO inspection_item_results (record_id, item_id, item_name, result_category_code, findings, legal_basis)
SELECT r.id, i.id, i.name, 'no-problem', '现场检查，证照齐全', '《企业信息公示暂行条例》第八条'
FROM inspection_records r JOIN inspection_tasks t ON t.id = r.task_id
JOIN inspection_items i ON i.id::text IN (SELECT jsonb_array_elements_text(t.settings::jsonb -> 'itemIds'))
WHERE r.draw_id = '{a.draw}';
CREATE TEMP TABLE ev (target_code text, sha256 text, size bigint);
\\copy ev FROM '{evidence_tsv}'
INSERT INTO inspection_evidence (id, task_id, target_code, kind, file_name, content_type, size, sha256, uploaded_by, uploaded_at_utc,
    captured_at_utc, latitude, longitude, version, created_at_utc, created_by, updated_at_utc, updated_by)
SELECT gen_random_uuid(), '{a.task}', ev.target_code, 'Photo', ev.target_code || '.jpg', 'image/jpeg', ev.size, ev.sha256, 'bench-seed', now(),
    now(), 38.4872, 106.2309, 1, now(), 'bench-seed', now(), 'bench-seed' FROM ev;
COMMIT;
"""
    subprocess.run(a.psql + ["-qv", "ON_ERROR_STOP=1"], input=sql, check=True, text=True, capture_output=True)
    print(f"seeded {len(codes)} records (2 item results each) and {len(codes)} evidence files of {a.photo_bytes} B in {time.time() - t0:.1f} s")

    token = call(a.api, "POST", "/api/v1/auth/login", body={"userName": "bench-op", "password": PASSWORD})["accessToken"]
    call(a.api, "POST", f"/api/v1/tasks/{a.task}/close", token)
    hwm_before = vm(a.pid, "VmHWM")
    began = time.perf_counter()
    archive = call(a.api, "POST", f"/api/v1/tasks/{a.task}/archive", token)
    archived = time.perf_counter() - began
    print(f"archive: {archived:.1f} s, {archive['entryCount']:,} entries, ZIP {archive['size']:,} B, manifest sha256 {archive['manifestSha256']}")
    print(f"service VmHWM before archiving {hwm_before}, after {vm(a.pid, 'VmHWM')}; VmRSS now {vm(a.pid, 'VmRSS')}")
    began = time.perf_counter()
    zip_path = os.path.join(a.work, "archive.zip")
    with open(zip_path, "wb") as f:
        f.write(call(a.api, "GET", f"/api/v1/tasks/{a.task}/archive.zip", token, raw=True))
    print(f"download: {time.perf_counter() - began:.1f} s")
    began = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", "dotnet", a.dll, "archive-verify", zip_path, "--lang", "en"], capture_output=True, text=True)
    print(f"archive-verify: exit {out.returncode} in {time.perf_counter() - began:.1f} s, peak RSS {out.stderr.strip().splitlines()[-1]} kB: {out.stdout.strip()}")
    return out.returncode


def vm(pid, key):
    with open(f"/proc/{pid}/status") as f:
        return next(line.split(":", 1)[1].strip() for line in f if line.startswith(key))


if __name__ == "__main__":
    sys.exit(main())
