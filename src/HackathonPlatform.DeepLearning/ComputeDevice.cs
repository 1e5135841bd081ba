namespace HackathonPlatform.DeepLearning;

using TorchSharp;
using static TorchSharp.torch;

/// <summary>Where training runs, with a one-line description for logs and reports.</summary>
/// <param name="Device">The TorchSharp device.</param>
/// <param name="Description">E.g. "cuda:0 (1 GPU)" or "cpu (2 threads; CUDA not available)".</param>
public sealed record ComputeDevice(Device Device, string Description)
{
    /// <summary>
    /// CUDA when <c>torch.cuda.is_available()</c> (and <paramref name="allowCuda"/>), else the CPU. With the
    /// CPU-only TorchSharp build this project restores, CUDA is never available, and the description says so.
    /// </summary>
    public static ComputeDevice Select(bool allowCuda = true)
    {
        if (allowCuda && cuda.is_available())
        {
            var count = cuda.device_count();
            return new ComputeDevice(CUDA, $"cuda:0 ({count} GPU{(count == 1 ? "" : "s")})");
        }
        var why = allowCuda ? "CUDA not available" : "CUDA not requested";
        var threads = get_num_threads();
        return new ComputeDevice(CPU, $"cpu ({threads} thread{(threads == 1 ? "" : "s")}; {why})");
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
