// Requests the server refuses (400 with field errors) that the generated types must refuse first. Each sits under
// `@ts-expect-error`: tsc fails on an expectation left unused, so this file compiles only while every one of these
// requests is a compile error — the document marks what the validators require and types every enum-like value.
// Type-checked only (tsconfig.refusals.json), never run.
import createClient from "openapi-fetch";
import type { paths } from "../out/schema.js";

const api = createClient<paths>({ baseUrl: "http://localhost:5080" });
const id = "00000000-0000-0000-0000-000000000001";

export async function refusals(): Promise<void> {
  // Missing required fields of request bodies.
  // @ts-expect-error login needs a password
  await api.POST("/api/v1/auth/login", { body: { userName: "admin" } });
  // @ts-expect-error a task needs year, name, itemIds, strata, groups, officersPerGroup and targetsPerGroup
  await api.POST("/api/v1/tasks", { body: { name: "2026年抽查" } });
  await api.POST("/api/v1/inspection-items", {
    // @ts-expect-error an inspection item needs its priority
    body: { name: "检查", departmentCode: "amr", legalBasis: "《食品安全法》", checklistPoints: ["许可证"] },
  });
  await api.POST("/api/v1/draws/{id}/execute", {
    params: { path: { id } },
    // @ts-expect-error executing needs the supervisor's confirmation id
    body: { entropy: "3-5-2-6-1-4" },
  });
  await api.POST("/api/v1/draws/{id}/amendments/{amendmentId}/decision", {
    params: { path: { id, amendmentId: id } },
    // @ts-expect-error a decision needs approve
    body: {},
  });
  await api.POST("/api/v1/draws/{id}/amendments", {
    params: { path: { id } },
    // @ts-expect-error an amendment needs its kind and group number
    body: { officerId: id, replacementOfficerId: id, reason: "health" },
  });
  // @ts-expect-error a user needs a user name
  await api.POST("/api/v1/users", { body: { displayName: "张三", roles: ["operator"] } });
  // @ts-expect-error a confirmation needs the supervisor's password
  await api.POST("/api/v1/auth/confirmations", { body: { action: "draw.execute", subject: id, userName: "sup" } });

  // Wrong enum values in bodies.
  await api.POST("/api/v1/users", {
    // @ts-expect-error no such role
    body: { userName: "zhangsan", displayName: "张三", roles: ["superuser"] },
  });
  await api.POST("/api/v1/auth/confirmations", {
    // @ts-expect-error no such confirmable action
    body: { action: "draw.delete", subject: id, userName: "sup", password: "x" },
  });
  await api.POST("/api/v1/tasks", {
    body: {
      year: 2026, name: "2026年抽查", itemIds: [id], groups: 1, officersPerGroup: 2, targetsPerGroup: 1,
      // @ts-expect-error no such risk tier
      strata: [{ tier: "E", ratioBp: 1000 }],
    },
  });
  await api.POST("/api/v1/inspection-items", {
    // @ts-expect-error no such priority
    body: { name: "检查", departmentCode: "amr", legalBasis: "《食品安全法》", checklistPoints: ["许可证"], priority: "urgent" },
  });

  // Wrong enum values in query parameters.
  // @ts-expect-error no such draw status
  await api.GET("/api/v1/draws", { params: { query: { status: "open" } } });
  // @ts-expect-error no such task status
  await api.GET("/api/v1/tasks", { params: { query: { status: "finished" } } });
  // @ts-expect-error no such role
  await api.GET("/api/v1/users", { params: { query: { role: "superuser" } } });

  // Uploads: the file is required, the mode and the attachment kind are enums.
  // @ts-expect-error an import needs its file
  await api.POST("/api/v1/targets/import", { params: { query: { mode: "dryRun" } } });
  await api.POST("/api/v1/officers/import", {
    // @ts-expect-error no such import mode
    params: { query: { mode: "force" } },
    body: { file: "" },
  });
  await api.POST("/api/v1/draws/{id}/attachments", {
    // @ts-expect-error no such attachment kind
    params: { path: { id }, query: { kind: "photo" } },
    body: { file: "" },
  });

  // Wrong types.
  await api.POST("/api/v1/tasks", {
    body: {
      // @ts-expect-error the year is a number
      year: "2026",
      name: "2026年抽查", itemIds: [id], strata: [{ tier: "A", ratioBp: 1000 }], groups: 1, officersPerGroup: 2, targetsPerGroup: 1,
    },
  });
  await api.POST("/api/v1/draws/{id}/amendments/{amendmentId}/decision", {
    params: { path: { id, amendmentId: id } },
    // @ts-expect-error approve is a boolean
    body: { approve: "yes" },
  });
  // @ts-expect-error page is a number
  await api.GET("/api/v1/tasks", { params: { query: { page: "2" } } });
}
