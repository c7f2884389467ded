using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Api.Problems;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Security;

/// <summary>A user signed in with a temporary password may only change it (and see who they are, or sign out).</summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string Claim = "must_change_password";

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.User.HasClaim(Claim, "true")
            && context.GetEndpoint()?.Metadata.GetMetadata<AllowDuringPasswordChangeAttribute>() is null
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problem = new ProblemDetails
            {
                Status = 403,
                Type = ProblemTypes.Forbidden,
                Title = Text.Of("请先修改密码", "Change your password first"),
                Detail = Text.Of("您正在使用临时密码，修改密码后才能继续操作", "You signed in with a temporary password; change it to continue."),
                Extensions = { ["code"] = "password-change-required" },
            };
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    }
}
