using System.Reflection;
using Microsoft.ML;

namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// Stops an ML.NET training in the middle. ML.NET checks its context between iterations and throws once
/// <c>ICancelable.CancelExecution</c> was called; the public door to it (<c>MLContextExtensions.CancelExecution</c>)
/// lives in the preview package Microsoft.ML.Experimental (it calls the context's internal <c>CancelExecution</c>),
/// so the engine calls that method itself. If a future ML.NET drops it, cancellation still takes effect between the stages.
/// </summary>
public static class MlNetCancellation
{
    private static readonly MethodInfo? Cancel =
        typeof(MLContext).GetMethod("CancelExecution", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
        ?? typeof(MLContext).GetInterfaces()
            .FirstOrDefault(i => string.Equals(i.FullName, "Microsoft.ML.Runtime.ICancelable", StringComparison.Ordinal))
            ?.GetMethod("CancelExecution");

    public static bool Supported => Cancel is not null;

    public static void CancelExecution(MLContext ml) => Cancel?.Invoke(ml, null);
}
