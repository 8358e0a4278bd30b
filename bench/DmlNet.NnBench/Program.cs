using System.Diagnostics;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

// Times the NN kernels on the shapes of one LeNet training step (SystemDS's mnist_lenet: batch 64,
// conv 5x5x32 pad 2, pool 2x2, conv 5x5x64 pad 2, pool 2x2 on 28x28 MNIST images, whose pixels are
// about 19% non-zero and so stored sparse). Prints the median of each kernel and the conv/pool time
// of one epoch (60,000 images). Usage: dotnet run -c Release --project bench/DmlNet.NnBench [-- --runs N --batch N]
var runs = 20;
var batch = 64;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i]); break;
        case "--batch": batch = int.Parse(args[++i]); break;
    }
}

var conv1 = ConvGeometry.Create("conv2d", [batch, 1, 28, 28], [32, 1, 5, 5], [1, 1], [2, 2], pooling: false);
var pool1 = ConvGeometry.Create("max_pool", [batch, 32, 28, 28], [2, 2], [2, 2], [0, 0], pooling: true);
var conv2 = ConvGeometry.Create("conv2d", [batch, 32, 14, 14], [64, 32, 5, 5], [1, 1], [2, 2], pooling: false);
var pool2 = ConvGeometry.Create("max_pool", [batch, 64, 14, 14], [2, 2], [2, 2], [0, 0], pooling: true);

var images = Random(batch, 784, 0.81, 1).WithBestFormat();
var w1 = Random(32, 25, 0, 2);
var w2 = Random(64, 800, 0, 3);
var a1 = Convolution.Forward(images, w1, conv1);
var p1 = Pooling.Forward(a1, pool1, max: true);
var a2 = Convolution.Forward(p1, w2, conv2);
var d2 = Random(batch, conv2.ConvOutputCells, 0, 4);
var d1 = Random(batch, conv1.ConvOutputCells, 0, 5);
var dPool2 = Random(batch, pool2.PoolOutputCells, 0, 6);
var dPool1 = Random(batch, pool1.PoolOutputCells, 0, 7);

Console.WriteLine($"batch {batch}, {runs} runs each, median wall ms, fastest, median CPU ms of all threads (GFLOP/s from the median); input sparse: {images.IsSparse}");
var total = 0.0;
total += Measure("conv1 forward", () => Convolution.Forward(images, w1, conv1), conv1);
total += Measure("conv1 backward_filter", () => Convolution.BackwardFilter(images, d1, conv1), conv1);
total += Measure("conv1 backward_data", () => Convolution.BackwardData(w1, d1, conv1), conv1);
total += Measure("pool1 forward", () => Pooling.Forward(a1, pool1, max: true), null);
total += Measure("pool1 backward", () => Pooling.Backward(a1, dPool1, pool1, max: true), null);
total += Measure("conv2 forward", () => Convolution.Forward(p1, w2, conv2), conv2);
total += Measure("conv2 backward_filter", () => Convolution.BackwardFilter(p1, d2, conv2), conv2);
total += Measure("conv2 backward_data", () => Convolution.BackwardData(w2, d2, conv2), conv2);
total += Measure("pool2 forward", () => Pooling.Forward(a2, pool2, max: true), null);
total += Measure("pool2 backward", () => Pooling.Backward(a2, dPool2, pool2, max: true), null);
total += Measure("bias_add conv2", () => BiasKernels.Add(a2, Random(64, 1, 0, 8)), null);
var gemmA = Random(conv2.N * conv2.OutputPositions, conv2.PatchCells, 0, 9);
var gemmB = Random(conv2.PatchCells, conv2.K, 0, 10);
Measure("reference: %*% of conv2 forward's shape", () => DmlNet.Runtime.Kernels.MatrixMultiply.Multiply(gemmA, gemmB), conv2);
Console.WriteLine($"sum per batch: {total:F2} ms => {total * 60000 / batch / 1000:F1} s per epoch of 60,000 images in these kernels");
return 0;

double Measure(string name, Func<MatrixBlock> action, ConvGeometry? g)
{
    for (var i = 0; i < 3; i++)
    {
        action();
    }
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
    }
    cpu.Sort();
    times.Sort();
    var median = times[times.Count / 2];
    var rate = g is null ? "" : $"  {2.0 * g.N * g.K * g.OutputPositions * g.PatchCells / median / 1e6,6:F1} GFLOP/s";
    Console.WriteLine($"{name,-40}{median,9:F2} ms  (min {times[0],7:F2}, cpu {cpu[cpu.Count / 2],7:F1} ms){rate}");
    return median;
}

static MatrixBlock Random(int rows, int columns, double zeros, int seed)
{
    var random = new Random(seed);
    var values = new double[rows * columns];
    for (var i = 0; i < values.Length; i++)
    {
        values[i] = random.NextDouble() < zeros ? 0 : random.NextDouble() * 2 - 1;
    }
    return MatrixBlock.FromDense(rows, columns, values);
}
