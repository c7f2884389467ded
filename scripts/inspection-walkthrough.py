#!/usr/bin/env python3
"""Walk the whole inspection loop (issue #14) against a running service on the embedded default.

    sealed draw -> assignments -> records with evidence (a resumed tus upload included)
    -> acknowledgement (a signature, refusals with two witnesses) -> signed group summary (PDF downloaded)

Start the service (SQLite, demo data) and give the administrator's one-time password from its log:

    dotnet run --project src/Api
    python3 scripts/inspection-walkthrough.py --admin-password '<from the log>'

Python 3 standard library only. Every step prints one line; any unexpected answer stops the walk with the
problem the service sent and exit code 1. The script creates its own users (names with a random suffix), an
inspection item and a small task (2 groups x 2 officers, up to 3 targets each) over the demo roster, so it can run
again on the same database (once the administrator's password has been changed, pass the new one as
--admin-password).
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request
import uuid


class Failure(Exception):
    pass


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8")) if self.body else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Client:
    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def request(self, method, path, body=None, headers=None, expect=(200,), step=None):
        url = path if path.startswith("http") else self.base_url + path
        all_headers = {"Accept": "application/json, application/problem+json, */*"}
        if self.token:
            all_headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None and not isinstance(body, (bytes, bytearray)):
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            all_headers["Content-Type"] = "application/json; charset=utf-8"
        elif body is not None:
            data = bytes(body)
        if method in ("POST", "PUT") and "Idempotency-Key" not in (headers or {}):
            all_headers["Idempotency-Key"] = str(uuid.uuid4())
        all_headers.update(headers or {})
        for attempt in range(4):
            req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
            try:
                with OPENER.open(req, timeout=120) as r:
                    response = Response(r.status, r.headers, r.read())
            except urllib.error.HTTPError as e:
                response = Response(e.code, e.headers, e.read())
            except urllib.error.URLError as e:
                raise Failure(f"{step or method + ' ' + path}: cannot reach {url}: {e.reason}")
            # The sign-in endpoints allow 10 attempts a minute per address (429 with Retry-After): wait and retry.
            if response.status != 429 or 429 in expect or attempt == 3:
                break
            wait = min(int(response.headers.get("Retry-After") or "10"), 65)
            print(f"..  {step or path}: 429, waiting {wait} s (sign-in rate limit)", flush=True)
            time.sleep(wait)
        if response.status not in expect:
            problem = response.body.decode("utf-8", "replace")[:3000]
            raise Failure(f"{step or method + ' ' + path}: expected {'/'.join(map(str, expect))}, "
                          f"got {response.status} {problem}")
        return response

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        kw.setdefault("expect", (200, 201))
        return self.request("POST", path, body, **kw)

    def put(self, path, body=None, **kw):
        return self.request("PUT", path, body, **kw)


def step(text):
    print(f"ok  {text}", flush=True)


def check(condition, text, answer=None):
    if not condition:
        raise Failure(f"{text} - not so: {json.dumps(answer, ensure_ascii=False)[:2000] if answer is not None else ''}")
    step(text)


def strong_password():
    return "Dr!" + secrets.token_urlsafe(9) + "a7Z"


def multipart(fields, files):
    """A multipart/form-data body: fields {name: value}, files [(name, filename, content_type, bytes)]."""
    boundary = "----walk" + secrets.token_hex(12)
    out = bytearray()
    for name, value in fields.items():
        out += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
    for name, filename, content_type, content in files:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                f"Content-Type: {content_type}\r\n\r\n").encode()
        out += content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def tiny_png():
    """A valid 1x1 white PNG."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def small_mp4(size=256 * 1024):
    """An MP4 by its bytes: an ftyp box (brand isom) and an mdat box of filler, `size` bytes in all."""
    ftyp = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
    mdat_len = size - len(ftyp)
    return ftyp + mdat_len.to_bytes(4, "big") + b"mdat" + os.urandom(mdat_len - 8)


def sign_in(anonymous, user, password):
    r = anonymous.post("/api/v1/auth/login", {"userName": user, "password": password}, expect=(200,),
                       step=f"sign in as {user}")
    return r.json()


def create_user(admin, user, role, unit_id, password):
    r = admin.post("/api/v1/users", {"userName": user, "displayName": f"{user}（走查）", "roles": [role],
                                     "unitId": unit_id, "password": password}, expect=(201,),
                   step=f"create {role} {user}")
    created = r.json()
    step(f"created {role} {user}")
    return created["user"]


def write_record(member, task_id, item_ids, code, category):
    """The record of a target, every item of the task with the category (a finding unless "no-problem")."""
    body = {
        "targetCode": code, "method": "onSite",
        "startedAtUtc": "2026-12-01T09:00:00+08:00", "finishedAtUtc": "2026-12-01T09:45:00+08:00",
        "place": "银川市兴庆区解放西街 1 号", "latitude": 38.4872, "longitude": 106.2309,
        "items": [{"itemId": item_id, "resultCategoryCode": category,
                   "findings": "进货查验记录不全" if category != "no-problem" else None,
                   "legalBasis": None, "rectificationDeadline": "2026-12-31" if category != "no-problem" else None}
                  for item_id in item_ids],
    }
    r = member.post(f"/api/v1/tasks/{task_id}/inspection-records", body, expect=(201,),
                    step=f"write the record of {code}")
    record = r.json()
    step(f"record of {code} → 201 {r.headers.get('Location')} version {record.get('version')} ({category})")
    return record


def sign_off(member, leader, summary_path):
    """The member signs the group summary's content, then the leader signs off; returns the summary."""
    summary = member.get(summary_path).json()
    check(summary["status"] == "needsSignatures",
          f"summary of group {summary_path.split('/groups/')[-1].split('/')[0]}: {summary['status']}, "
          f"contentSha256 {summary['contentSha256'][:16]}…", summary)
    summary = member.post(summary_path + "/signatures", {"contentSha256": summary["contentSha256"]}, expect=(200,),
                          step="the member signs the summary").json()
    check(summary["status"] == "awaitingLeader", f"the member signed: {summary['status']}", summary)
    summary = leader.get(summary_path).json()
    summary = leader.post(summary_path + "/signatures", {"contentSha256": summary["contentSha256"]}, expect=(200,),
                          step="the leader signs off").json()
    check(summary["status"] == "signedOff", f"the leader signed off: {summary['status']}", summary)
    return summary


def walk(args):
    base = args.base_url
    anonymous = Client(base)
    suffix = secrets.token_hex(3)

    # 1. The administrator: the one-time password from the log must be changed at the first sign-in.
    tokens = sign_in(anonymous, "admin", args.admin_password)
    admin = Client(base, tokens["accessToken"])
    step(f"signed in as admin (mustChangePassword={str(tokens.get('mustChangePassword')).lower()})")
    if tokens.get("mustChangePassword"):
        new_password = args.new_password or strong_password()
        r = admin.post("/api/v1/auth/change-password",
                       {"currentPassword": args.admin_password, "newPassword": new_password}, expect=(200,),
                       step="change the administrator's one-time password")
        tokens = r.json()
        admin = Client(base, tokens["accessToken"])
        step(f"changed the administrator's password; the new one is: {new_password}")

    # 2. A sealed draw over the demo roster.
    units = admin.get("/api/v1/branch-units?pageSize=100").json()
    unit = units["items"][0]
    step(f"unit {unit.get('name', unit['id'])}")
    password = strong_password()
    create_user(admin, f"walk-operator-{suffix}", "operator", unit["id"], password)
    create_user(admin, f"walk-supervisor-{suffix}", "supervisor", unit["id"], password)
    operator = Client(base, sign_in(anonymous, f"walk-operator-{suffix}", password)["accessToken"])

    item_a = operator.post("/api/v1/inspection-items", {
        "name": "食品经营许可情况检查", "departmentCode": "amr", "legalBasis": "《食品安全法》第三十五条",
        "checklistPoints": ["许可证在有效期内", "经营场所与许可一致"], "requiredExpertise": None, "priority": "key",
    }, expect=(201,), step="create an inspection item").json()
    item_b = operator.post("/api/v1/inspection-items", {
        "name": "食品安全管理制度检查", "departmentCode": "amr", "legalBasis": "《食品安全法》第四十四条",
        "checklistPoints": ["建立食品安全管理制度", "配备食品安全管理人员"], "requiredExpertise": None,
        "priority": "general",
    }, expect=(201,), step="create a second inspection item").json()
    item_ids = [item_a["id"], item_b["id"]]
    step(f"two inspection items {item_ids[0]}, {item_ids[1]}")

    task = operator.post("/api/v1/tasks", {
        "year": 2026, "name": f"2026年食品经营现场检查（走查 {suffix}）", "itemIds": item_ids,
        "officerUnitIds": [unit["id"]], "targetScope": {"regionPrefixes": ["6401"]},
        "strata": [{"tier": "A", "count": 2}, {"tier": "B", "count": 2}, {"tier": "C", "count": 1},
                   {"tier": "D", "count": 1}],
        "groups": 2, "officersPerGroup": 2, "targetsPerGroup": 3, "minCertifiedPerGroup": 1,
        "allowOverlap": False, "disclosureDate": "2026-12-31",
    }, expect=(201,), step="create the task").json()
    task_id = task["id"]
    step(f"task {task_id} ({task['status']})")
    feasibility = operator.post(f"/api/v1/tasks/{task_id}/feasibility", expect=(200,), step="check feasibility").json()
    check(feasibility.get("feasible"), f"the task is feasible ({feasibility.get('targets')} targets, "
                                       f"{feasibility.get('officers')} officers)", feasibility)

    # A draw may fail (DR1 §7, e.g. a group without enough certified officers): the task is a draft again and a new
    # prepare makes a new draw, so try up to three times.
    for attempt in range(1, 4):
        prepared = operator.post(f"/api/v1/tasks/{task_id}/draws", expect=(201,), step="prepare the draw").json()
        draw_id = prepared["id"]
        step(f"draw {draw_id} prepared, commitment {prepared['commitment'][:16]}…")
        confirmation = operator.post("/api/v1/auth/confirmations", {
            "action": "draw.execute", "subject": draw_id, "userName": f"walk-supervisor-{suffix}",
            "password": password,
        }, expect=(201,), step="the supervisor confirms").json()
        step(f"supervisor walk-supervisor-{suffix} confirmed")
        sealed = operator.post(f"/api/v1/draws/{draw_id}/execute", {
            "entropy": f"3-5-2-6-1-4 双色球 2026135 #{attempt}", "confirmationId": confirmation["id"],
        }, expect=(200,), step="execute the draw").json()
        if sealed["status"] != "failed" or attempt == 3:
            break
        step(f"the draw failed ({sealed.get('failure')}: {sealed.get('failureDetail')}); preparing a new one")
    check(sealed["status"] == "sealed", f"the draw is sealed (result digest {str(sealed.get('resultDigest'))[:16]}…)",
          sealed)
    result = operator.get(f"/api/v1/draws/{draw_id}/result").json()
    groups = result["groups"]
    step("groups: " + "; ".join(
        f"{g['number']}: {len(g['officers'])} officers, targets {', '.join(t['code'] for t in g['targets'])}"
        for g in groups))

    # Inspector accounts, linked to the drawn officers through Officer.userId.
    inspectors = {}
    for g in groups:
        for o in g["officers"]:
            officer = admin.get(f"/api/v1/officers/{o['officerId']}").json()
            user_name = f"walk-insp-{officer['number'].lower()}-{suffix}"
            user = create_user(admin, user_name, "inspector", unit["id"], password)
            body = {k: officer[k] for k in ("name", "unitId", "departmentCode", "status", "isLeaderEligible",
                                            "expertiseTags", "certificates", "version")}
            body["userId"] = user["id"]
            admin.put(f"/api/v1/officers/{officer['id']}", body, expect=(200,),
                      step=f"link officer {officer['number']} to {user_name}")
            step(f"officer {officer['number']} {officer['name']} (group {g['number']}"
                 f"{', leader' if o.get('leader') else ''}) is user {user_name}")
            inspectors[o["officerId"]] = user_name

    group = groups[0]
    leader_officer = next(o for o in group["officers"] if o.get("leader"))
    member_officer = next(o for o in group["officers"] if not o.get("leader"))
    member = Client(base, sign_in(anonymous, inspectors[member_officer["officerId"]], password)["accessToken"])
    leader = Client(base, sign_in(anonymous, inspectors[leader_officer["officerId"]], password)["accessToken"])
    codes = [t["code"] for t in group["targets"]]

    # 3. Assignments, with the ETag poll.
    r = member.get("/api/v1/me/assignments", step="read my assignments")
    assignments = r.json()
    etag = r.headers.get("ETag")
    mine = next(t for t in assignments["tasks"] if t["taskId"] == task_id)
    targets = [t for g in mine["groups"] for t in g["targets"]]
    check(sorted(t["code"] for t in targets) == sorted(codes),
          f"GET /me/assignments: task {mine['name']}, {len(mine['items'])} items, targets {', '.join(codes)}",
          assignments)
    member.get("/api/v1/me/assignments", headers={"If-None-Match": etag}, expect=(304,),
               step="poll my assignments with If-None-Match")
    step("GET /me/assignments with If-None-Match → 304 (nothing changed)")

    # Evidence: a video by tus 1.0, resumed after a dropped signal.
    video = small_mp4()
    sha = hashlib.sha256(video).hexdigest()
    meta = {"taskId": task_id, "targetCode": codes[0], "kind": "video", "filename": "现场视频.mp4", "sha256": sha}
    metadata = ",".join(f"{k} {base64.b64encode(v.encode('utf-8')).decode()}" for k, v in meta.items())
    tus = {"Tus-Resumable": "1.0.0"}
    r = member.post("/api/v1/uploads", b"", headers={**tus, "Upload-Length": str(len(video)),
                                                      "Upload-Metadata": metadata},
                    expect=(201,), step="create the tus upload")
    upload = r.headers["Location"]
    step(f"tus POST /uploads → 201 {upload} ({len(video)} bytes, sha256 {sha[:16]}…)")
    half = len(video) // 2
    chunk = video[:half]
    r = member.request("PATCH", upload, chunk, headers={
        **tus, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0",
        "Upload-Checksum": "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()},
        expect=(204,), step="PATCH the first half")
    step(f"tus PATCH first half → 204, Upload-Offset {r.headers.get('Upload-Offset')} (then the signal drops)")
    r = member.request("HEAD", upload, headers=tus, expect=(200,), step="HEAD the upload")
    offset = int(r.headers["Upload-Offset"])
    check(offset == half, f"tus HEAD → Upload-Offset {offset}: resume from there")
    rest = video[offset:]
    r = member.request("PATCH", upload, rest, headers={
        **tus, "Content-Type": "application/offset+octet-stream", "Upload-Offset": str(offset),
        "Upload-Checksum": "sha256 " + base64.b64encode(hashlib.sha256(rest).digest()).decode()},
        expect=(204,), step="PATCH the rest")
    evidence_location = r.headers.get("Evidence-Location")
    check(evidence_location, f"tus PATCH the rest → 204, Upload-Offset {r.headers.get('Upload-Offset')}, "
                             f"Evidence-Location {evidence_location}")
    evidence = member.get(evidence_location).json()
    check(evidence["sha256"] == sha and evidence["contentType"].startswith("video/"),
          f"the evidence is {evidence['contentType']}, {evidence['size']} bytes, sha256 matches", evidence)

    # Records: one per target, every item of the task.
    records = {}
    for i, code in enumerate(codes):
        category = "ordered-to-rectify" if i == 0 else "no-problem"
        records[code] = write_record(member, task_id, item_ids, code, category)
    first = member.get(f"/api/v1/inspection-records/{records[codes[0]]['id']}").json()
    check(any(e.get("sha256") == sha for e in first.get("evidence", [])),
          f"the record of {codes[0]} lists the uploaded video as evidence", first)

    # Acknowledgement: the first target signs, the others refuse before two witnesses.
    content, content_type = multipart({}, [("file", "signature.png", "image/png", tiny_png())])
    r = member.put(f"/api/v1/inspection-records/{records[codes[0]]['id']}/acknowledgement/signature", content,
                   headers={"Content-Type": content_type}, expect=(200,), step=f"{codes[0]} signs")
    ack = r.json()["acknowledgement"]
    check(ack["kind"] == "signed", f"{codes[0]} signed the notice (signature sha256 {ack['signatureSha256'][:16]}…)",
          ack)
    for code in codes[1:]:
        r = member.put(f"/api/v1/inspection-records/{records[code]['id']}/acknowledgement/refusal", {
            "reason": "负责人拒绝在检查记录上签字",
            "witnesses": [{"name": "王见证", "identity": "社区网格员", "phone": "13800000001"},
                          {"name": "李见证", "identity": "身份证 640104********1234", "phone": None}],
        }, expect=(200,), step=f"{code} refuses")
        ack = r.json()["acknowledgement"]
        check(ack["kind"] == "refused", f"{code} refused to sign, certified by {len(ack['witnesses'])} witnesses", ack)

    # The group summary: the member signs, the leader signs off.
    summary_path = f"/api/v1/tasks/{task_id}/groups/{group['number']}/summary"
    sign_off(member, leader, summary_path)

    r = leader.get(summary_path + ".pdf", headers={"Accept": "application/pdf"}, step="download summary.pdf")
    check(r.body.startswith(b"%PDF-"), f"summary.pdf is a PDF ({len(r.body)} bytes)")
    with open(args.pdf, "wb") as f:
        f.write(r.body)
    step(f"saved the summary PDF to {args.pdf}")
    final = member.get(summary_path).json()
    print(f"DONE  task {task_id} draw {draw_id} group {group['number']}: summary status {final['status']}, "
          f"{len(final['signatures'])} signatures over {final['contentSha256'][:16]}…", flush=True)
    if final["status"] != "signedOff":
        raise Failure(f"final summary status is {final['status']}")
    return argparse.Namespace(base=base, anonymous=anonymous, admin=admin, operator=operator, password=password,
                              suffix=suffix, unit=unit, task_id=task_id, draw_id=draw_id, item_ids=item_ids,
                              groups=groups, inspectors=inspectors, group=group, member=member, leader=leader,
                              records=records)


def arguments(description=__doc__):
    """The walk's command line (the after-inspection walk adds its own options to it)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("DR_BASE_URL", "http://localhost:5080"))
    parser.add_argument("--admin-password", default=os.environ.get("DR_ADMIN_PASSWORD"),
                        help="the administrator's password (the one-time one from the service log at first start); "
                             "env DR_ADMIN_PASSWORD")
    parser.add_argument("--new-password", help="the administrator's new password when the one given must be "
                                               "changed (default: generated and printed)")
    parser.add_argument("--pdf", default="summary.pdf", help="where to save the group summary PDF")
    return parser


def run(walker, parser):
    """Parses the command line and walks; any unexpected answer: FAILED and exit code 1."""
    args = parser.parse_args()
    if not args.admin_password:
        parser.error("give --admin-password or DR_ADMIN_PASSWORD (the log says: First administrator created … "
                     "password: …)")
    try:
        walker(args)
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)


def main():
    run(walk, arguments())


if __name__ == "__main__":
    main()
