using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>Pod statuses read as data: the words users see while a server starts.</summary>
public sealed class KubernetesPodReportTests
{
    [Fact]
    public void An_unschedulable_pod_reports_the_schedulers_message()
    {
        var pod = Pod("Pending", conditions: [new V1PodCondition { Type = "PodScheduled", Status = "False", Reason = "Unschedulable", Message = "0/3 nodes are available: 3 Insufficient nvidia.com/gpu." }]);

        var report = KubernetesPodReport.Of(pod, null);

        Assert.Equal(KubernetesPodCondition.Unschedulable, report.Condition);
        Assert.Equal("No node can run the server yet: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.", report.Message);
    }

    [Theory]
    [InlineData("ErrImagePull")]
    [InlineData("ImagePullBackOff")]
    [InlineData("InvalidImageName")]
    public void An_image_that_cannot_be_pulled_breaks_the_start_naming_the_image(string reason)
    {
        var pod = Pod("Pending", waiting: new V1ContainerStateWaiting { Reason = reason, Message = "manifest unknown" });

        var report = KubernetesPodReport.Of(pod, null);

        Assert.Equal(KubernetesPodCondition.Broken, report.Condition);
        Assert.Equal($"The image 'registry.example/nb:2' cannot be pulled ({reason}): manifest unknown", report.Message);
    }

    [Fact]
    public void A_container_that_exited_breaks_the_start_with_its_exit_status()
    {
        var pod = Pod("Failed", terminated: new V1ContainerStateTerminated { ExitCode = 137, Reason = "OOMKilled" });

        var report = KubernetesPodReport.Of(pod, null);

        Assert.Equal(KubernetesPodCondition.Broken, report.Condition);
        Assert.Equal("The server's container exited with status 137 before it answered: OOMKilled", report.Message);
    }

    [Fact]
    public void A_pending_pod_shows_its_latest_event_and_a_running_one_waits_for_the_server()
    {
        var pulling = new Corev1Event { Reason = "Pulling", Message = "Pulling image \"registry.example/nb:2\"", InvolvedObject = new V1ObjectReference() };

        Assert.Equal(new KubernetesPodReport(KubernetesPodCondition.Waiting, "Pulling: Pulling image \"registry.example/nb:2\""), KubernetesPodReport.Of(Pod("Pending"), pulling));
        Assert.Equal(KubernetesPodCondition.Running, KubernetesPodReport.Of(Pod("Running"), pulling).Condition);
        Assert.Equal(KubernetesPodCondition.Gone, KubernetesPodReport.Of(null, null).Condition);
    }

    private static V1Pod Pod(string phase, List<V1PodCondition>? conditions = null, V1ContainerStateWaiting? waiting = null, V1ContainerStateTerminated? terminated = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = "hackathon-team-a" },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "notebook-server", Image = "registry.example/nb:2" }] },
        Status = new V1PodStatus
        {
            Phase = phase,
            Conditions = conditions,
            ContainerStatuses = waiting is null && terminated is null ? null :
                [new V1ContainerStatus { Name = "notebook-server", Image = "registry.example/nb:2", ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Waiting = waiting, Terminated = terminated } }],
        },
    };
}
