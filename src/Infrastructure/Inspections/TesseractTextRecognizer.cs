using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Application.Inspections.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>
/// Runs the <c>tesseract</c> command line (Debian's tesseract-ocr) as a process: the image on standard input, the
/// text on standard output, one core each (OMP_THREAD_LIMIT=1), at most <see cref="TextRecognitionOptions.MaxConcurrent"/>
/// at once, stopped after <see cref="TextRecognitionOptions.TimeoutSeconds"/>.
/// </summary>
internal sealed partial class TesseractTextRecognizer(IOptions<TextRecognitionOptions> options, ILogger<TesseractTextRecognizer> logger)
    : ITextRecognizer, IDisposable
{
    private readonly TextRecognitionOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    public async Task<string> RecognizeAsync(byte[] image, bool latinOnly, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(image, latinOnly ? _options.LatinLanguage : _options.Languages, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<string> RunAsync(byte[] image, string languages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.TesseractPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["stdin", "stdout", "-l", languages, "--psm", "3"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            LogMissing(logger, _options.TesseractPath, e.Message);
            throw new TextRecognitionUnavailableException($"tesseract could not be started ({_options.TesseractPath}).", e);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.BaseStream.WriteAsync(image, timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            var text = await output;
            if (process.ExitCode != 0)
            {
                var message = await errors;
                LogFailed(logger, process.ExitCode, message.Length > 500 ? message[..500] : message);
                throw new TextRecognitionUnavailableException($"tesseract exited with {process.ExitCode}.");
            }

            return text;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            Stop(process);
            LogTimedOut(logger, _options.TimeoutSeconds);
            throw new TextRecognitionUnavailableException($"tesseract took longer than {_options.TimeoutSeconds} s.", e);
        }
        catch (IOException e)
        {
            Stop(process);
            throw new TextRecognitionUnavailableException("tesseract closed its input early.", e);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw;
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR is not available: {Path} could not be started ({Reason}); install tesseract-ocr and tesseract-ocr-chi-sim")]
    private static partial void LogMissing(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "tesseract exited with {ExitCode}: {Errors}")]
    private static partial void LogFailed(ILogger logger, int exitCode, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "tesseract was stopped after {Seconds} s")]
    private static partial void LogTimedOut(ILogger logger, int seconds);
}
