/**
 * Errors shaped like OfficeExtension.Error: `name` "RichApi.Error", a `code`
 * from Excel.ErrorCodes, the host's standard message, and `debugInfo` with the
 * place the batch failed. The fake appends what went wrong in brackets, which
 * the real host does not; match on `code`, never on the message.
 */

export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'InvalidSelection'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const STANDARD_MESSAGES: Readonly<Record<FakeErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the versions of Excel API sets page for more information.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded: '',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded: 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: readonly string[] = [];
  readonly innerError: null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  /** A copy of this error that says where in the batch it happened. */
  at(errorLocation: string): FakeOfficeError {
    if (this.debugInfo.errorLocation !== undefined) return this;
    const copy = new FakeOfficeError(this.code, this.message, errorLocation);
    copy.stack = this.stack;
    return copy;
  }
}

/** An error with the host's standard message for `code`, plus the fake's detail in brackets. */
export function officeError(code: FakeErrorCode, detail?: string): FakeOfficeError {
  const standard = STANDARD_MESSAGES[code];
  const message = detail === undefined ? standard : `${standard} [FakeExcel: ${detail}]`;
  return new FakeOfficeError(code, message);
}

/** The error Office.js throws when a property is read before load() + sync(). */
export function propertyNotLoaded(property: string, className: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`,
  );
}

/** A member of the real API that this fake does not implement (so a test never passes by accident). */
export function notImplemented(member: string): FakeOfficeError {
  return officeError('NotImplemented', `${member} is not implemented by the fake Excel runtime`);
}
