using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>The fake's pod statuses and events: what kubelet and the scheduler would write, per script.</summary>
internal static class FakePodStatus
{
    public const string SchedulerMessage = "0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";

    /// <summary>The node the fake scheduler binds running pods to.</summary>
    public const string NodeName = "gpu-node-1";

    public static void Update(JsonObject pod, FakePodScript script, int reads)
    {
        if (pod["status"]?["phase"]?.GetValue<string>() == "Failed")
        {
            return; // Ended by the test (EndPod): stays so.
        }

        var image = pod["spec"]!["containers"]![0]!["image"]!.GetValue<string>();
        var status = script switch
        {
            FakePodScript.Unschedulable => new V1PodStatus
            {
                Phase = "Pending",
                Conditions = [new V1PodCondition { Type = "PodScheduled", Status = "False", Reason = "Unschedulable", Message = SchedulerMessage }],
            },
            FakePodScript.ImagePullFails => Waiting(image, reads == 0 ? ("ContainerCreating", null) : reads == 1
                ? ("ErrImagePull", $"rpc error: code = NotFound desc = failed to pull and unpack image \"{image}\": not found")
                : ("ImagePullBackOff", $"Back-off pulling image \"{image}\"")),
            _ when reads == 0 => Waiting(image, ("ContainerCreating", null)),
            _ => new V1PodStatus
            {
                Phase = "Running",
                Conditions = [new V1PodCondition { Type = "Ready", Status = "True" }],
                ContainerStatuses = [new V1ContainerStatus { Name = "notebook-server", Image = image, ImageID = "", Ready = true, RestartCount = 0, State = new V1ContainerState { Running = new V1ContainerStateRunning { StartedAt = DateTime.UtcNow } } }],
            },
        };
        pod["status"] = JsonNode.Parse(KubernetesJson.Serialize(status));
        if (status.Phase == "Running" && pod["spec"] is JsonObject spec)
        {
            // The scheduler has bound the pod to a node.
            spec["nodeName"] = NodeName;
        }
    }

    public static void End(JsonObject pod, int exitCode) => pod["status"] = JsonNode.Parse(KubernetesJson.Serialize(new V1PodStatus
    {
        Phase = "Failed",
        ContainerStatuses = [new V1ContainerStatus { Name = "notebook-server", Image = "", ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Terminated = new V1ContainerStateTerminated { ExitCode = exitCode, Reason = "OOMKilled" } } }],
    }));

    public static JsonObject Events(string ns, string? fieldSelector, FakeKubernetesApi api)
    {
        var name = fieldSelector?.Split(',').Select(s => s.Split('=', 2)).FirstOrDefault(p => p[0] == "involvedObject.name")?[1];
        var items = new List<Corev1Event>();
        if (name is not null && api.Find("pods", ns, name) is { } pod)
        {
            var image = pod["spec"]!["containers"]![0]!["image"]!.GetValue<string>();
            var (reason, message) = api.ScriptOf(name) switch
            {
                FakePodScript.Unschedulable => ("FailedScheduling", SchedulerMessage),
                FakePodScript.ImagePullFails => ("Failed", $"Failed to pull image \"{image}\": not found"),
                _ => api.ReadsOf(ns, name) == 0 ? ("Pulling", $"Pulling image \"{image}\"") : ("Started", "Started container notebook-server"),
            };
            items.Add(new Corev1Event
            {
                Metadata = new V1ObjectMeta { Name = $"{name}.1", NamespaceProperty = ns },
                InvolvedObject = new V1ObjectReference { Kind = "Pod", Name = name, NamespaceProperty = ns },
                Reason = reason,
                Message = message,
                Type = reason.StartsWith("Failed", StringComparison.Ordinal) ? "Warning" : "Normal",
                LastTimestamp = DateTime.UtcNow,
            });
        }

        return (JsonObject)JsonNode.Parse(KubernetesJson.Serialize(new Corev1EventList { Items = items, Metadata = new V1ListMeta() }))!;
    }

    public static JsonObject Failure(string message, string reason, int code) =>
        new() { ["kind"] = "Status", ["apiVersion"] = "v1", ["status"] = "Failure", ["message"] = message, ["reason"] = reason, ["code"] = code };

    public static JsonObject Success() => new() { ["kind"] = "Status", ["apiVersion"] = "v1", ["status"] = "Success" };

    private static V1PodStatus Waiting(string image, (string Reason, string? Message) waiting) => new()
    {
        Phase = "Pending",
        Conditions = [new V1PodCondition { Type = "PodScheduled", Status = "True" }],
        ContainerStatuses = [new V1ContainerStatus { Name = "notebook-server", Image = image, ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = waiting.Reason, Message = waiting.Message } } }],
    };
}
