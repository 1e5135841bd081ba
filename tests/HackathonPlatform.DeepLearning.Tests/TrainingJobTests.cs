namespace HackathonPlatform.DeepLearning.Tests;

using System.Diagnostics;
using System.Text.Json;
using HackathonPlatform.DeepLearning.Job;

/// <summary>hackathon-train, the batch job's entry point, run as a process on the CPU, as a cluster job would.</summary>
[Collection(TorchTests.Name)]
public sealed class TrainingJobTests
{
    [Fact]
    public void Job_writes_a_json_report_with_accuracy_device_epochs_and_seconds()
    {
        var report = Path.Combine(Path.GetTempPath(), $"hackathon-train-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, stderr) = RunJob("--train", "600", "--test", "300", "--epochs", "2", "--device", "cpu",
                "--threads", "1", "--output", report);

            Assert.True(exitCode == 0, stderr);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var root = json.RootElement;
            Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.5, 1.0);
            Assert.InRange(root.GetProperty("baselineAccuracy").GetDouble(), 0.4, 1.0);
            Assert.StartsWith("cpu", root.GetProperty("device").GetString());
            Assert.Equal(2, root.GetProperty("epochs").GetInt32());
            Assert.True(root.GetProperty("seconds").GetDouble() > 0);
            Assert.Equal(2, root.GetProperty("epochLosses").GetArrayLength());
            Assert.Equal(3, root.GetProperty("confusionMatrix").GetArrayLength());
            Assert.Contains("device: cpu", stderr);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void Job_refuses_unknown_options_with_the_usage()
    {
        var (exitCode, stderr) = RunJob("--epoch", "3");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: hackathon-train", stderr);
    }

    [Fact]
    public void Asking_for_cuda_without_cuda_fails_instead_of_silently_using_the_cpu()
    {
        if (TorchSharp.torch.cuda.is_available())
        {
            return; // a CUDA build of TorchSharp: nothing to refuse (xunit 2 has no dynamic skip)
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            TrainingJob.Run(new JobOptions { TrainCount = 3, TestCount = 3, Device = "cuda" }, _ => { }));
        Assert.Contains("cuda.is_available() is false", error.Message);
    }

    private static (int ExitCode, string Stderr) RunJob(params string[] args)
    {
        // The referenced Exe project is copied next to the tests, with its runtimeconfig and deps files.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hackathon-train.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hackathon-train did not finish in 2 minutes:\n{stderr}");
        }
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }
}
