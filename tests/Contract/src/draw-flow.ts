// A whole draw, as a front end runs it, through a client generated from the service's own OpenAPI document
// (openapi-typescript → out/schema.d.ts, openapi-fetch at run time). Compiled with tsc --strict and
// noUncheckedIndexedAccess; no cast, no non-null assertion, no any: every `data` and `error` is narrowed by a check,
// so whatever compiles here is what the document promises.
//
//   DR_BASE_URL=http://127.0.0.1:5080 DR_ADMIN_USER=admin DR_ADMIN_PASSWORD=… node out/dist/draw-flow.js
//
// The administrator signs in with a temporary password (and changes it), creates an operator, a supervisor and a
// leader; the operator (tokens refreshed once) creates an inspection item and a task with strata, checks feasibility,
// prepares the draw, asks the supervisor's two-person confirmation, executes, reads the result and downloads the printed
// record; the leader approves an amendment; the task is closed and an anonymous visitor downloads the public bundle,
// verifies it and checks single targets; enum display names are read in Chinese and English and the operator signs
// out. Exit code 1 on any failure, with the answer that failed.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../out/schema.js";

type Schemas = components["schemas"];

const baseUrl = setting("DR_BASE_URL");
const password = "Str0ng!Passw0rd";

class FlowFailure extends Error {}

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new FlowFailure(`environment variable ${name} is not set`);
  }
  return value;
}

/** An expectation on an answer; on failure the message shows the answer it was checked on. */
function check(condition: boolean, what: string, answer?: unknown): void {
  if (!condition) {
    throw new FlowFailure(`${what} — not so: ${JSON.stringify(answer ?? null).slice(0, 2000)}`);
  }
  console.log(`ok  ${what}`);
}

/** The answer of one call: the expected status and its body, or a failure that shows the problem the server sent. */
function expect<T>(step: string, status: number, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.status !== status || result.data === undefined) {
    throw new FlowFailure(
      `${step}: expected ${status}, got ${result.response.status} ${JSON.stringify(result.error ?? result.data ?? null)}`);
  }
  console.log(`ok  ${step} → ${status}`);
  return result.data;
}

/** A client that sends this bearer token with every request. */
function signedIn(tokens: Schemas["TokenResponse"]): Client<paths> {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${tokens.accessToken}` } });
}

async function signIn(anonymous: Client<paths>, userName: string, secret: string): Promise<Schemas["TokenResponse"]> {
  return expect(`sign in as ${userName}`, 200,
    await anonymous.POST("/api/v1/auth/login", { body: { userName, password: secret } }));
}

async function createUser(admin: Client<paths>, userName: string, role: Schemas["CreateUserCommand"]["roles"][number], unitId: string) {
  const created = expect(`create ${role} ${userName}`, 201, await admin.POST("/api/v1/users", {
    body: { userName, displayName: `${userName} (前端测试)`, roles: [role], unitId, password },
  }));
  check(created.user.userName === userName && created.user.unitId === unitId, `${userName} is in the unit`, created);
  check(created.temporaryPassword === null, `${userName} got the password given, no temporary one`, created);
  return created.user;
}

async function run(): Promise<void> {
  const anonymous = createClient<paths>({ baseUrl });

  // Sign in: a temporary password must be changed first; the change answers with a fresh sign-in.
  const adminUser = setting("DR_ADMIN_USER");
  const first = await signIn(anonymous, adminUser, setting("DR_ADMIN_PASSWORD"));
  let admin = signedIn(first);
  if (first.mustChangePassword) {
    const refused = await admin.GET("/api/v1/users", { params: { query: { pageSize: 1 } } });
    check(refused.response.status === 403 && refused.error?.code === "password-change-required",
      "a temporary password allows nothing but changing it (403 password-change-required)", refused.error);
    const changed = expect("change the temporary password", 200, await admin.POST("/api/v1/auth/change-password", {
      body: { currentPassword: setting("DR_ADMIN_PASSWORD"), newPassword: "Adm1n!Fr0ntEnd" },
    }));
    check(!changed.mustChangePassword, "the new sign-in needs no password change", changed);
    admin = signedIn(changed);
  }
  const me = expect("who am I", 200, await admin.GET("/api/v1/auth/me"));
  check(me.userName === adminUser && me.roles.includes("administrator"), "signed in as the administrator", me);

  // Users: an operator, a supervisor (confirms the draw) and a leader (approves amendments) of the bureau's unit.
  const units = expect("list units", 200, await admin.GET("/api/v1/branch-units", { params: { query: { pageSize: 100 } } }));
  const unit = units.items[0];
  if (unit === undefined) {
    throw new FlowFailure("the roster has no unit");
  }
  await createUser(admin, "ts-operator", "operator", unit.id);
  await createUser(admin, "ts-supervisor", "supervisor", unit.id);
  await createUser(admin, "ts-leader", "leader", unit.id);
  // Refresh rotation: the operator trades the refresh token for a new pair and works with the new access token.
  const operatorFirst = await signIn(anonymous, "ts-operator", password);
  const operatorTokens = expect("refresh the operator's tokens", 200,
    await anonymous.POST("/api/v1/auth/refresh", { body: { refreshToken: operatorFirst.refreshToken } }));
  check(operatorTokens.refreshToken !== operatorFirst.refreshToken && operatorTokens.user.userName === "ts-operator",
    "the refresh token rotates", operatorTokens.user);
  const operator = signedIn(operatorTokens);
  const leader = signedIn(await signIn(anonymous, "ts-leader", password));

  // The inspection item and the task with strata.
  const item = expect("create an inspection item", 201, await operator.POST("/api/v1/inspection-items", {
    body: {
      name: "食品经营许可情况检查", departmentCode: "amr", legalBasis: "《食品安全法》第三十五条",
      checklistPoints: ["许可证在有效期内", "经营场所与许可一致"], requiredExpertise: "food", priority: "key",
    },
  }));
  check(item.priority === "key" && !item.isRetired, "the item is a key item in force", item);
  const task = expect("create a task with strata", 201, await operator.POST("/api/v1/tasks", {
    body: {
      year: 2026, name: "2026年食品经营抽查（前端）", itemIds: [item.id], officerUnitIds: [unit.id],
      targetScope: { regionPrefixes: ["6401"] },
      strata: [{ tier: "A", ratioBp: 500 }, { tier: "B", ratioBp: 1000 }, { tier: "C", ratioBp: 1000 }, { tier: "D", ratioBp: 2000 }],
      groups: 3, officersPerGroup: 3, targetsPerGroup: 30, minCertifiedPerGroup: 2, allowOverlap: false,
      disclosureDate: "2026-12-31",
    },
  }));
  check(task.status === "draft" && !task.isFrozen && task.settings.strata.length === 4, "the task is a draft with four strata", task);
  const taskPath = { params: { path: { id: task.id } } };

  const feasibility = expect("check feasibility", 200, await operator.POST("/api/v1/tasks/{id}/feasibility", taskPath));
  check(feasibility.feasible && Object.keys(feasibility.errors).length === 0 && feasibility.strata.length === 4,
    `the task is feasible (${feasibility.targets} targets, ${feasibility.officers} officers)`, feasibility);

  // Prepare: the snapshots are frozen and the commitment is public at once.
  const prepared = expect("prepare the draw", 201, await operator.POST("/api/v1/tasks/{id}/draws", taskPath));
  check(prepared.status === "prepared" && prepared.commitment.length === 64, "the draw is prepared with a commitment", prepared);
  const drawPath = { params: { path: { id: prepared.id } } };
  const published = expect("the public sees the prepared draw", 200, await anonymous.GET("/api/v1/public/draws/{id}", drawPath));
  check(published.commitment === prepared.commitment && published.secret === null, "the commitment is published, the secret is not", published);

  // The two-person rule: the supervisor confirms at the operator's side, then the operator executes.
  const withoutConfirmation = await operator.POST("/api/v1/draws/{id}/execute", {
    ...drawPath, body: { entropy: "3-5-2-6-1-4 双色球 2026135", confirmationId: crypto.randomUUID() },
  });
  check(withoutConfirmation.response.status === 409 && withoutConfirmation.error?.code === "confirmation-missing",
    "executing without a confirmation is refused (409 confirmation-missing)", withoutConfirmation.error);
  const confirmation = expect("the supervisor confirms", 201, await operator.POST("/api/v1/auth/confirmations", {
    body: { action: "draw.execute", subject: prepared.id, userName: "ts-supervisor", password },
  }));
  check(confirmation.confirmedBy === "ts-supervisor" && confirmation.subject === prepared.id, "the confirmation names the supervisor and the draw", confirmation);
  const sealed = expect("execute the draw", 200, await operator.POST("/api/v1/draws/{id}/execute", {
    ...drawPath, body: { entropy: "3-5-2-6-1-4 双色球 2026135", confirmationId: confirmation.id },
  }));
  check(sealed.status === "sealed" && sealed.supervisedBy === "ts-supervisor" && sealed.resultDigest !== null,
    "the draw is sealed under the supervisor's confirmation", sealed);
  const again = await operator.POST("/api/v1/draws/{id}/execute", {
    ...drawPath, body: { entropy: "again", confirmationId: confirmation.id },
  });
  check(again.response.status === 409 && typeof again.error?.traceId === "string", "a second execution is refused with a traced problem", again.error);

  // The result: three groups of three officers, each led by its first officer.
  const result = expect("read the result", 200, await operator.GET("/api/v1/draws/{id}/result", drawPath));
  check(result.groups.length === 3 && result.groups.every(g => g.officers.length === 3 && g.officers[0]?.leader === true),
    "three groups of three officers, each with a leader", result);
  const firstGroup = result.groups[0];
  const leaving = firstGroup?.officers[1];
  if (firstGroup === undefined || leaving === undefined) {
    throw new FlowFailure("the first group has no second officer");
  }

  // A download: the printed record, with its Chinese file name in Content-Disposition (filename*).
  const record = await operator.GET("/api/v1/draws/{id}/record.pdf", { ...drawPath, parseAs: "blob" });
  const disposition = record.response.headers.get("Content-Disposition") ?? "";
  check(record.data !== undefined && record.data.size > 0 && record.response.headers.get("Content-Type") === "application/pdf"
    && disposition.includes("filename*=UTF-8''"), `the printed record downloads as a PDF (${disposition})`, record.error);

  // An amendment: the operator asks to replace an officer, a leader approves; the sealed digest stays.
  const inDraw = new Set(result.groups.flatMap(g => g.officers.map(o => o.officerId)));
  const officers = expect("list officers", 200, await admin.GET("/api/v1/officers", { params: { query: { pageSize: 100, unitId: unit.id } } }));
  const replacement = officers.items.find(o => !inDraw.has(o.id) && o.status === "active");
  if (replacement === undefined) {
    throw new FlowFailure("no officer left outside the draw to replace one");
  }
  const requested = expect("request an amendment", 201, await operator.POST("/api/v1/draws/{id}/amendments", {
    ...drawPath,
    body: {
      kind: "replaceOfficer", groupNumber: firstGroup.number, officerId: leaving.officerId,
      replacementOfficerId: replacement.id, reason: "health", note: "住院",
    },
  }));
  check(requested.status === "requested" && requested.resultDigest === sealed.resultDigest, "the amendment waits for a leader", requested);
  const decided = expect("the leader approves", 200, await leader.POST("/api/v1/draws/{id}/amendments/{amendmentId}/decision", {
    params: { path: { id: prepared.id, amendmentId: requested.id } }, body: { approve: true },
  }));
  check(decided.status === "approved" && decided.decidedBy === "ts-leader", "the amendment is approved by the leader", decided);
  const amended = expect("read the amended result", 200, await operator.GET("/api/v1/draws/{id}/result", drawPath));
  const replaced = amended.groups[0]?.officers[1];
  check(replaced !== undefined && replaced.officerId === replacement.id && replaced.byAmendment && amended.resultDigest === sealed.resultDigest,
    "the replacement is in the group, marked as by amendment; the sealed digest stays", amended);

  // Close: the task's draws are revealed.
  const closed = expect("close the task", 200, await operator.POST("/api/v1/tasks/{id}/close", taskPath));
  check(closed.status === "closed" && closed.closedAtUtc !== null, "the task is closed", closed);

  // The public: the bundle, its verification and the per-target check.
  const bundle = expect("download the public bundle", 200,
    await anonymous.GET("/api/v1/public/draws/{id}/bundle", { ...drawPath, parseAs: "text" }));
  check(bundle.includes(`"drawId": "${prepared.id.replaceAll("-", "")}"`), "the bundle names the draw", bundle);
  // The document describes the posted bundle as the file itself: sent as it was downloaded, not re-serialized.
  const verification = expect("verify the bundle", 200, await anonymous.POST("/api/v1/public/draws/verify", {
    body: bundle, bodySerializer: file => file,
  }));
  check(verification.verified && verification.status === "verified", "the bundle verifies", verification);
  const tampered = expect("verify a tampered bundle", 200, await anonymous.POST("/api/v1/public/draws/verify", {
    body: bundle.replace(prepared.commitment, "0".repeat(64)), bodySerializer: file => file,
  }));
  check(!tampered.verified && tampered.status !== "verified", `a tampered bundle does not verify (${tampered.status})`, tampered);

  const drawnTarget = firstGroup.targets[0];
  if (drawnTarget === undefined) {
    throw new FlowFailure("the first group has no target");
  }
  const drawn = expect(`check drawn target ${drawnTarget.code}`, 200, await anonymous.GET("/api/v1/public/draws/{id}/targets/{code}", {
    params: { path: { id: prepared.id, code: drawnTarget.code } },
  }));
  check(drawn.drawn && drawn.inSnapshot && drawn.stratum !== null, `${drawnTarget.code} was drawn in stratum ${drawn.stratum}`, drawn);
  const drawnCodes = new Set(result.groups.flatMap(g => g.targets.map(t => t.code)));
  const roster = expect("list targets", 200, await admin.GET("/api/v1/targets", { params: { query: { pageSize: 100 } } }));
  const notDrawnTarget = roster.items.find(t => !drawnCodes.has(t.code));
  if (notDrawnTarget === undefined) {
    throw new FlowFailure("every listed target was drawn");
  }
  const notDrawn = expect(`check target ${notDrawnTarget.code}`, 200, await anonymous.GET("/api/v1/public/draws/{id}/targets/{code}", {
    params: { path: { id: prepared.id, code: notDrawnTarget.code } },
  }));
  check(notDrawn.inSnapshot && !notDrawn.drawn, `${notDrawnTarget.code} was in the snapshot and not drawn`, notDrawn);

  // Display names: the draw's status as a person reads it, Chinese by default and English on request.
  const names = expect("enum display names", 200, await operator.GET("/api/v1/reference/enums"));
  const sealedName = names.find(e => e.schema === "DrawStatus")?.values.find(v => v.value === sealed.status)?.name;
  check(sealedName !== undefined && sealedName !== sealed.status, `the status ${sealed.status} reads as ${sealedName}`, names);
  const english = expect("enum display names in English", 200,
    await operator.GET("/api/v1/reference/enums", { headers: { "Accept-Language": "en" } }));
  const sealedEnglish = english.find(e => e.schema === "DrawStatus")?.values.find(v => v.value === sealed.status)?.name;
  check(sealedEnglish !== undefined && sealedEnglish !== sealedName, `and in English as ${sealedEnglish}`, english);

  // Logout ends the sign-in at once: its access token is refused.
  const logout = await operator.POST("/api/v1/auth/logout", { body: { refreshToken: operatorTokens.refreshToken } });
  check(logout.response.status === 204, "the operator signs out (204)", logout.error);
  const after = await operator.GET("/api/v1/auth/me");
  check(after.response.status === 401 && after.error?.type === "urn:doublerandom:problem:unauthorized",
    "the signed-out token is refused (401)", after.error);

  console.log("draw flow complete");
}

run().catch((failure: unknown) => {
  console.error(failure instanceof FlowFailure ? `FAILED: ${failure.message}` : failure);
  process.exitCode = 1;
});
