using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

// Training speed of LeNet and an MLP in TorchSharp (CPU), the reference of bench/nn.sh. Same networks,
// batch, optimizer and data as bench/scripts/nn_*_step.dml and bench/reference/numpy_nn.py:
//   lenet: 1x28x28 -> conv 5x5x32 pad 2 -> relu -> maxpool 2x2/2 -> conv 5x5x64 pad 2 -> relu -> maxpool 2x2/2
//          -> affine 3136x512 -> relu -> affine 512x10 -> softmax cross-entropy
//   mlp:   784 -> 512 -> relu -> 256 -> relu -> 10 -> softmax cross-entropy
// SGD with momentum 0.9, lr 0.01, batches taken in order from the MNIST training images (pixels / 255).
// One untimed warm-up run, then `runs` timed runs of `batches` batches each; prints images/s of every run
// and a RESULT line with the median.
// Usage: TorchNnBench --net lenet|mlp --images PATH --labels PATH [--batches 50] [--runs 5] [--batch 64]
//        [--threads 2] [--dtype float64|float32]
var options = ParseOptions(args);
torch.set_num_threads(options.Threads);
torch.set_num_interop_threads(1);
torch.manual_seed(42);
var dtype = options.Dtype == "float32" ? ScalarType.Float32 : ScalarType.Float64;

var (images, labels) = ReadMnist(options.ImagesPath, options.LabelsPath, dtype, options.Net == "lenet");
var model = options.Net == "lenet" ? LeNet() : Mlp();
model.to(dtype);
var optimizer = torch.optim.SGD(model.parameters(), 0.01, momentum: 0.9);
var lossFunction = torch.nn.CrossEntropyLoss();
var batchesInData = (int)(images.shape[0] / options.Batch);
var nextBatch = 0;

Console.WriteLine($"# TorchSharp {typeof(torch).Assembly.GetName().Version}, torch threads {torch.get_num_threads()}, "
    + $"{options.Net} {options.Dtype} batch {options.Batch}, {options.Batches} batches per run");
var warmLoss = Train(Math.Max(5, options.Batches / 5));
Console.WriteLine($"warm-up: last loss {warmLoss:F4}");
var rates = new List<double>();
for (var run = 0; run < options.Runs; run++)
{
    var watch = Stopwatch.StartNew();
    var loss = Train(options.Batches);
    var rate = options.Batches * options.Batch / watch.Elapsed.TotalSeconds;
    rates.Add(rate);
    Console.WriteLine($"run {run + 1}: {rate:F1} images/s, last loss {loss:F4}");
}
rates.Sort();
Console.WriteLine($"RESULT torch-{options.Dtype} {options.Net} median {rates[rates.Count / 2]:F1} min {rates[0]:F1} max {rates[^1]:F1} images/s");
return 0;

// Trains on the next `count` batches; returns the loss of the last one.
double Train(int count)
{
    var loss = 0.0;
    for (var i = 0; i < count; i++)
    {
        using var scope = torch.NewDisposeScope();
        var start = (nextBatch % batchesInData) * options.Batch;
        nextBatch++;
        var x = images.narrow(0, start, options.Batch);
        var y = labels.narrow(0, start, options.Batch);
        optimizer.zero_grad();
        var output = lossFunction.forward(model.forward(x), y);
        output.backward();
        optimizer.step();
        loss = output.to_type(ScalarType.Float64).item<double>();
    }
    return loss;
}

// SystemDS's mnist_lenet layout (see the header).
static nn.Module<Tensor, Tensor> LeNet() => torch.nn.Sequential(
    ("conv1", torch.nn.Conv2d(1, 32, 5, stride: 1, padding: 2)),
    ("relu1", torch.nn.ReLU()),
    ("pool1", torch.nn.MaxPool2d(2, 2)),
    ("conv2", torch.nn.Conv2d(32, 64, 5, stride: 1, padding: 2)),
    ("relu2", torch.nn.ReLU()),
    ("pool2", torch.nn.MaxPool2d(2, 2)),
    ("flatten", torch.nn.Flatten()),
    ("fc1", torch.nn.Linear(7 * 7 * 64, 512)),
    ("relu3", torch.nn.ReLU()),
    ("fc2", torch.nn.Linear(512, 10)));

// 784-512-256-10 with ReLU.
static nn.Module<Tensor, Tensor> Mlp() => torch.nn.Sequential(
    ("fc1", torch.nn.Linear(784, 512)),
    ("relu1", torch.nn.ReLU()),
    ("fc2", torch.nn.Linear(512, 256)),
    ("relu2", torch.nn.ReLU()),
    ("fc3", torch.nn.Linear(256, 10)));

// Reads MNIST IDX images (as N x 1 x 28 x 28 for the convolution, else N x 784, scaled to [0, 1]) and labels.
static (Tensor Images, Tensor Labels) ReadMnist(string imagesPath, string labelsPath, ScalarType dtype, bool asImages)
{
    var imageBytes = File.ReadAllBytes(imagesPath);
    var count = ReadBigEndian(imageBytes, 4);
    var pixels = new double[count * 784];
    for (var i = 0; i < pixels.Length; i++)
    {
        pixels[i] = imageBytes[16 + i] / 255.0;
    }
    var labelBytes = File.ReadAllBytes(labelsPath);
    var classes = new long[count];
    for (var i = 0; i < count; i++)
    {
        classes[i] = labelBytes[8 + i];
    }
    long[] shape = asImages ? [count, 1, 28, 28] : [count, 784];
    return (torch.tensor(pixels, shape).to(dtype), torch.tensor(classes));
}

static int ReadBigEndian(byte[] bytes, int offset) =>
    (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

static Options ParseOptions(string[] args)
{
    var options = new Options();
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        var value = args[i + 1];
        options = args[i] switch
        {
            "--net" => options with { Net = value },
            "--images" => options with { ImagesPath = value },
            "--labels" => options with { LabelsPath = value },
            "--batches" => options with { Batches = int.Parse(value) },
            "--runs" => options with { Runs = int.Parse(value) },
            "--batch" => options with { Batch = int.Parse(value) },
            "--threads" => options with { Threads = int.Parse(value) },
            "--dtype" => options with { Dtype = value },
            _ => throw new ArgumentException($"unknown option {args[i]}"),
        };
    }
    return options;
}

/// <summary>Command-line settings of the benchmark.</summary>
record Options
{
    public string Net { get; init; } = "lenet";
    public string ImagesPath { get; init; } = "";
    public string LabelsPath { get; init; } = "";
    public int Batches { get; init; } = 50;
    public int Runs { get; init; } = 5;
    public int Batch { get; init; } = 64;
    public int Threads { get; init; } = 2;
    public string Dtype { get; init; } = "float64";
}
