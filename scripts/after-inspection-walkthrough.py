#!/usr/bin/env python3
"""Walk the path after the inspection (issue #15) against a running service on the embedded default.

    the inspection loop of scripts/inspection-walkthrough.py (group 1 signed off), then group 2 recorded and signed off
    -> two findings handed over for follow-up (one rectified, one case filed, both closed)
    -> a correction asked by an inspector and approved by a leader of the supervising unit (version 2, version 1 kept)
    -> the task closed -> its publication deadline (20 working days) -> published -> the anonymous public results
    -> the national export (UTF-8 and GB 18030) -> archived -> the ZIP downloaded and verified by the endpoint
    -> `dotnet run --project src/Api --no-build -- archive-verify <zip>` -> a write to the archived task is 409

    dotnet run --project src/Api
    python3 scripts/after-inspection-walkthrough.py --admin-password '<from the log>'

Python 3 standard library only; it imports inspection-walkthrough.py for the loop and its HTTP helpers. Every step
prints one line; any unexpected answer stops the walk with the problem the service sent and exit code 1.
"""
import datetime
import importlib.util
import os
import pathlib
import subprocess

SCRIPTS = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("inspection_walkthrough", SCRIPTS / "inspection-walkthrough.py")
loop = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(loop)
Client, Failure, check, step = loop.Client, loop.Failure, loop.check, loop.step


def move(client, follow_up_id, status, note=None):
    """One step of a follow-up, with the If-Match of its current version."""
    r = client.get(f"/api/v1/follow-ups/{follow_up_id}", step=f"read follow-up {follow_up_id}")
    moved = client.post(f"/api/v1/follow-ups/{follow_up_id}/transitions", {"status": status, "note": note},
                        headers={"If-Match": r.headers["ETag"]}, expect=(200,),
                        step=f"move follow-up {follow_up_id} to {status}").json()
    check(moved["status"] == status, f"follow-up {follow_up_id[:8]}…: {r.json()['status']} → {moved['status']} "
                                     f"(version {moved['version']})", moved)
    return moved


def walk(args):
    w = loop.walk(args)
    base, task_id, operator = w.base, w.task_id, w.operator

    # Group 2 records its targets and signs off too: publishing needs every group signed off.
    group = w.groups[1]
    clients = {}
    for o in group["officers"]:
        tokens = loop.sign_in(w.anonymous, w.inspectors[o["officerId"]], w.password)
        clients["leader" if o.get("leader") else "member"] = Client(base, tokens["accessToken"])
    for code in (t["code"] for t in group["targets"]):
        loop.write_record(clients["member"], task_id, w.item_ids, code, "no-problem")
    loop.sign_off(clients["member"], clients["leader"], f"/api/v1/tasks/{task_id}/groups/{group['number']}/summary")

    # Follow-up: both findings of the first target handed over to the unit; its operator works them.
    finding = w.group["targets"][0]["code"]
    deadline = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
    follow_ups = []
    for item_id in w.item_ids:
        r = w.member.post(f"/api/v1/inspection-records/{w.records[finding]['id']}/follow-ups", {
            "itemId": item_id, "supervisingUnitId": w.unit["id"], "deadline": deadline, "note": "移交跟进整改",
        }, expect=(201,), step=f"hand over a finding of {finding}")
        f = r.json()
        check(f["status"] == "handedOver", f"follow-up {f['id'][:8]}… handed over to {f['supervisingUnitName']}, "
                                           f"due {f['deadline']} ({f['itemName']})", f)
        follow_ups.append(f["id"])
    move(operator, follow_ups[0], "inProgress", "已约谈负责人")
    move(operator, follow_ups[0], "rectified", "已补齐进货查验记录")
    move(operator, follow_ups[0], "closed", "办结")
    move(operator, follow_ups[1], "inProgress")
    move(operator, follow_ups[1], "caseFiled", "已立案查处")
    move(operator, follow_ups[1], "closed", "案件办结")

    # Correction: the member asks for the second target's results to be corrected; a leader of the supervising unit
    # (a second leader, not the requester, not the group's leading inspector) approves.
    target = w.group["targets"][1]["code"]
    record_id = w.records[target]["id"]
    correction = w.member.post(f"/api/v1/inspection-records/{record_id}/corrections", {
        "reason": "现场照片显示冷藏柜温度超标，检查结果误选为未发现问题",
        "items": [{"itemId": i, "resultCategoryCode": "ordered-to-rectify", "findings": "冷藏柜温度超过 8℃",
                   "legalBasis": "《食品安全法》第五十四条", "rectificationDeadline": "2026-12-31"} for i in w.item_ids],
    }, expect=(201,), step=f"ask for a correction of {target}").json()
    check(correction["status"] == "pending", f"correction {correction['id'][:8]}… of {target} pending, asked by "
                                             f"{correction['requestedBy']}", correction)
    leader_name = f"walk-leader-{w.suffix}"
    loop.create_user(w.admin, leader_name, "leader", correction["supervisingUnitId"], w.password)
    leader = Client(base, loop.sign_in(w.anonymous, leader_name, w.password)["accessToken"])
    approved = leader.post(f"/api/v1/corrections/{correction['id']}/approval", {"note": "已核对现场照片"},
                           expect=(200,), step="the leader approves the correction").json()
    check(approved["status"] == "approved", f"{leader_name} approved: version {approved['resultingVersion']}", approved)
    versions = operator.get(f"/api/v1/inspection-records/{record_id}/versions").json()
    check([(v["version"], v["items"][0]["resultCategoryCode"]) for v in versions]
          == [(1, "no-problem"), (2, "ordered-to-rectify")],
          f"versions of {target}: " + ", ".join(f"{v['version']} {v['items'][0]['resultCategoryCode']} by {v['madeBy']}"
                                                 for v in versions), versions)

    # Close, the deadline, publish.
    operator.post(f"/api/v1/tasks/{task_id}/close", expect=(200,), step="close the task")
    publication = operator.get(f"/api/v1/tasks/{task_id}/publication").json()
    counted = operator.get(f"/api/v1/working-days?from={publication['completedOn']}&count=20").json()
    check(publication["state"] == "due" and publication["deadlineOn"] == counted["date"],
          f"closed on {publication['completedOn']}: publish by {publication['deadlineOn']} (20 working days, "
          f"{publication['workingDaysLeft']} left)", publication)
    published = operator.post(f"/api/v1/tasks/{task_id}/publication", expect=(200,), step="publish").json()
    check(published["state"] == "published", f"published by {published['publishedBy']}: "
                                             f"{published['resultCount']} results", published)

    # The public results, anonymous.
    public = w.anonymous.get(f"/api/v1/public/tasks/{task_id}/results?pageSize=100").json()
    rows = [r for r in public["items"] if r["targetCode"] == target]
    check(public["totalCount"] == published["resultCount"] and rows
          and all(r["resultCategoryCode"] == "ordered-to-rectify" for r in rows),
          f"public: {public['totalCount']} results; {target}: {rows[0]['resultCategoryNameZh'] if rows else '?'}", public)
    check(not any(k in r for r in public["items"] for k in ("findings", "evidence", "place", "officers")),
          "public rows carry no findings, evidence, places or officers", public["items"][0])
    enterprise = w.anonymous.get(f"/api/v1/public/enterprises/{target}/results").json()
    check(len(enterprise["items"]) == len(w.item_ids), f"GET /public/enterprises/{target}/results: "
                                                         f"{len(enterprise['items'])} results", enterprise)

    # The national export in both encodings.
    for encoding in ("utf-8", "gb18030"):
        r = operator.get(f"/api/v1/tasks/{task_id}/publication/export.csv?encoding={encoding}",
                         headers={"Accept": "text/csv"}, step=f"export ({encoding})")
        text = r.body.decode("utf-8-sig" if encoding == "utf-8" else "gb18030")
        lines = text.split("\r\n")
        bom = "with" if r.body.startswith(b"\xef\xbb\xbf") else "without"
        check(lines[0].startswith("序号,") and len([line for line in lines[1:] if line]) == published["resultCount"],
              f"export.csv ({encoding}): {len(r.body)} bytes, {published['resultCount']} lines, "
              f"{bom} BOM")

    # The archive: built, downloaded, verified by the service and by the command.
    archive = operator.post(f"/api/v1/tasks/{task_id}/archive", expect=(201,), step="archive").json()
    step(f"archived: {archive['entryCount']} entries, {archive['size']} bytes, manifest sha256 "
         f"{archive['manifestSha256'][:16]}…")
    r = operator.get(f"/api/v1/tasks/{task_id}/archive.zip", headers={"Accept": "application/zip"},
                     step="download the archive")
    with open(args.zip, "wb") as f:
        f.write(r.body)
    step(f"saved the archive to {args.zip} ({len(r.body)} bytes)")
    content, content_type = loop.multipart({}, [("file", "archive.zip", "application/zip", r.body)])
    verdict = operator.post("/api/v1/archives/verification", content, headers={"Content-Type": content_type},
                            expect=(200,), step="verify the archive").json()
    check(verdict["valid"] and verdict["manifestSha256"] == archive["manifestSha256"],
          f"POST /archives/verification: valid, {verdict['entryCount']} entries", verdict)
    command = ["dotnet", "run", "--project", "src/Api", "--no-build"] + \
              (["-c", args.configuration] if args.configuration else []) + \
              ["--", "archive-verify", os.path.abspath(args.zip)]
    if args.no_command:
        step("check it yourself: " + " ".join(command))
    else:
        done = subprocess.run(command, cwd=SCRIPTS.parent, capture_output=True, text=True)
        output = " ".join(done.stdout.split())
        check(done.returncode == 0 and archive["manifestSha256"] in done.stdout,
              f"{' '.join(command[:5])} -- archive-verify: exit {done.returncode}: {output}",
              done.stdout + done.stderr)

    # Read-only: not even a new hand-over of a finding whose follow-up was closed.
    refused = w.member.post(f"/api/v1/inspection-records/{w.records[finding]['id']}/follow-ups", {
        "itemId": item_id, "supervisingUnitId": w.unit["id"], "deadline": deadline, "note": "再次移交",
    }, expect=(409,), step="hand a finding of the archived task over again").json()
    check(refused.get("code") == "task-archived", f"a write to the archived task → 409 {refused.get('code')}", refused)
    print(f"DONE  task {task_id}: followed up, corrected, published ({published['resultCount']} results), "
          f"archived and verified ({args.zip})", flush=True)


def main():
    parser = loop.arguments(__doc__)
    parser.add_argument("--zip", default="archive.zip", help="where to save the task's archive")
    parser.add_argument("--configuration", help="the build configuration for `dotnet run --no-build` "
                                                "(default: dotnet's, Debug — as `dotnet run --project src/Api` built it)")
    parser.add_argument("--no-command", action="store_true",
                        help="print the archive-verify command instead of running it (no SDK or clone at hand)")
    loop.run(walk, parser)


if __name__ == "__main__":
    main()
