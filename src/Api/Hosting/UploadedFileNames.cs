using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Validation;

namespace DoubleRandom.Api.Hosting;

/// <summary><see cref="TextRule"/> for the names of uploaded files, on every endpoint that takes one (imports, attachments).</summary>
public static class UploadedFileNames
{
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var files = context.MethodInfo.GetParameters()
            .Select((p, i) => (p.Name, Index: i, p.ParameterType))
            .Where(p => p.ParameterType == typeof(IFormFile))
            .ToArray();
        if (files.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            foreach (var (name, index, _) in files)
            {
                if (invocation.Arguments[index] is IFormFile file && !TextRule.IsAllowed(file.FileName))
                {
                    throw RequestValidationException.ForField(name ?? "file", TextRule.Message);
                }
            }

            return next(invocation);
        };
    }
}
