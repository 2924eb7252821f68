import { createWasmRuntime } from '@derma/api/inference';
import { faceKeypointsSuite } from './face-keypoints.case';
import { pipelineContractSuite } from './pipeline-contract.case';

pipelineContractSuite('onnxruntime-web WASM (2 threads)', () => createWasmRuntime({ threads: 2 }));
faceKeypointsSuite('onnxruntime-web WASM (2 threads)', () => createWasmRuntime({ threads: 2 }));
