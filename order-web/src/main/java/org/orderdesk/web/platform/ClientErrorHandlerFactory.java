package org.orderdesk.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts the {@link ClientErrorHandler} in front of the Faces implementation's exception handler. */
public class ClientErrorHandlerFactory extends ExceptionHandlerFactory {

    public ClientErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ClientErrorHandler(getWrapped().getExceptionHandler());
    }
}
