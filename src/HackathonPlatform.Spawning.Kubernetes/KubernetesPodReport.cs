using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>A starting pod's status and latest event, read into one condition and a sentence for the user (pure, tested as data).</summary>
/// <param name="Condition">What the status means.</param>
/// <param name="Message">The sentence: the scheduler's or kubelet's own words where there are some.</param>
/// <param name="Node">The node a running pod was scheduled on, when known.</param>
public sealed record KubernetesPodReport(KubernetesPodCondition Condition, string Message, string? Node = null)
{
    // Waiting reasons that do not heal by waiting: kubelet retries a bad image forever (ImagePullBackOff).
    private static readonly HashSet<string> BrokenReasons =
        ["ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "CreateContainerConfigError", "CreateContainerError", "CrashLoopBackOff"];

    /// <summary>Reads a pod.</summary>
    /// <param name="pod">The pod, or null when it is gone.</param>
    /// <param name="latestEvent">The pod's most recent event, or null.</param>
    /// <returns>The report.</returns>
    public static KubernetesPodReport Of(V1Pod? pod, Corev1Event? latestEvent)
    {
        if (pod is null)
        {
            return new(KubernetesPodCondition.Gone, "The server's pod was deleted before the server answered.");
        }

        var name = pod.Metadata?.Name ?? "the pod";
        var container = pod.Status?.ContainerStatuses?.FirstOrDefault();
        var image = container?.Image ?? pod.Spec?.Containers?.FirstOrDefault()?.Image ?? "(unknown)";
        if (container?.State?.Waiting is { Reason: { } reason } waiting && BrokenReasons.Contains(reason))
        {
            var what = reason.Contains("Image", StringComparison.Ordinal) ? $"The image '{image}' cannot be pulled ({reason})" : $"The server's container cannot start ({reason})";
            return new(KubernetesPodCondition.Broken, Sentence(what, waiting.Message ?? latestEvent?.Message));
        }

        if (container?.State?.Terminated is { } ended || pod.Status?.Phase is "Succeeded" or "Failed")
        {
            var terminated = container?.State?.Terminated;
            var status = terminated is null ? "" : $" with status {terminated.ExitCode}";
            return new(KubernetesPodCondition.Broken, Sentence($"The server's container exited{status} before it answered", terminated?.Reason ?? pod.Status?.Reason ?? pod.Status?.Message));
        }

        if (pod.Status?.Phase == "Running")
        {
            return new(KubernetesPodCondition.Running, $"Pod {name} runs on {pod.Spec?.NodeName ?? "a node"}; waiting for the server to answer.", pod.Spec?.NodeName);
        }

        var scheduled = pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled");
        if (scheduled is { Status: "False", Reason: "Unschedulable" })
        {
            // The scheduler's message names the missing resource: "0/3 nodes are available: 3 Insufficient nvidia.com/gpu."
            var why = scheduled.Message ?? (latestEvent?.Reason == "FailedScheduling" ? latestEvent.Message : null) ?? "no node fits the pod";
            return new(KubernetesPodCondition.Unschedulable, $"No node can run the server yet: {why}");
        }

        return new(KubernetesPodCondition.Waiting, latestEvent is { Message: { } message }
            ? $"{latestEvent.Reason}: {message}"
            : $"Pod {name} is {pod.Status?.Phase ?? "being created"}.");
    }

    private static string Sentence(string what, string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? what + "." : $"{what}: {detail}";
}
