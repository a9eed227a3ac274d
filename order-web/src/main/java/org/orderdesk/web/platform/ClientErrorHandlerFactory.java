package org.orderdesk.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Puts the {@link ClientErrorHandler} and the {@link RefusalHandler} in front of the Faces implementation's
 * exception handler, which turns whatever they leave into a 500.
 */
public class ClientErrorHandlerFactory extends ExceptionHandlerFactory {

    public ClientErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ClientErrorHandler(new RefusalHandler(getWrapped().getExceptionHandler()));
    }
}
